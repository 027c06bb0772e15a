package brokerlab.protocol;

/** The protocols {@link ProtocolExperiment} can run. */
public enum Protocol {
    /** Raft (Ongaro and Ousterhout 2014): majority quorum, leader elections with randomised timeouts. */
    RAFT,
    /** Multi-Paxos (Lamport 2001): one prepare per leader, one accept round per operation. */
    MULTI_PAXOS,
    /** PBFT (Castro and Liskov 1999): n = 3f + 1 replicas, three phases, tolerates f Byzantine replicas. */
    PBFT,
    /** Two-phase commit: the nodes are the participants, plus a coordinator. */
    TWO_PHASE_COMMIT,
    /** Primary-backup, acknowledged after every in-sync backup's forced write. */
    PRIMARY_BACKUP_SYNC,
    /** Primary-backup, acknowledged after the primary's own forced write. */
    PRIMARY_BACKUP_ASYNC
}
