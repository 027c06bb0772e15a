package brokerlab.protocol.experiment;

import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.paxos.MultiPaxos;
import brokerlab.protocol.pbft.Pbft;
import brokerlab.protocol.raft.Raft;
import brokerlab.protocol.replication.PrimaryBackup;
import brokerlab.protocol.twopc.TwoPhaseCommit;

import java.util.function.Function;

/**
 * The protocols {@link ProtocolExperiment} can run, each naming its model class, its default timers and its
 * default size. Adding a protocol adds a constant here and a {@link ProtocolModel} class, nothing else.
 */
public enum Protocol {
    /** Raft (Ongaro and Ousterhout 2014): majority quorum, leader elections with randomised timeouts. */
    RAFT(3, Raft::defaultTimeouts, e -> new Raft(e.settings())),
    /** Multi-Paxos (Lamport 2001): one prepare per leader, one accept round per operation. */
    MULTI_PAXOS(3, MultiPaxos::defaultTimeouts, e -> new MultiPaxos(e.settings())),
    /** PBFT (Castro and Liskov 1999): n = 3f + 1 replicas, three phases, tolerates f Byzantine replicas. */
    PBFT(4, Pbft::defaultTimeouts, e -> new Pbft(e.settings())),
    /** Two-phase commit: the nodes are the participants, plus a coordinator. */
    TWO_PHASE_COMMIT(3, TwoPhaseCommit::defaultTimeouts, e -> new TwoPhaseCommit(e.settings(), e.abortProbability())),
    /** Primary-backup, acknowledged after every in-sync backup's forced write. */
    PRIMARY_BACKUP_SYNC(3, PrimaryBackup::defaultTimeouts, e -> PrimaryBackup.sync(e.settings())),
    /** Primary-backup, acknowledged after the primary's own forced write. */
    PRIMARY_BACKUP_ASYNC(3, PrimaryBackup::defaultTimeouts, e -> PrimaryBackup.async(e.settings(), e.shipInterval()));

    private final int defaultNodes;
    private final Function<Topology, Timeouts> timeouts;
    private final Function<ProtocolExperiment.Raw, ProtocolModel> model;

    Protocol(int defaultNodes, Function<Topology, Timeouts> timeouts, Function<ProtocolExperiment.Raw, ProtocolModel> model) {
        this.defaultNodes = defaultNodes;
        this.timeouts = timeouts;
        this.model = model;
    }

    /** Replicas when an experiment does not say (PBFT: 4, for f = 1). */
    public int defaultNodes() { return defaultNodes; }

    /** The protocol's timers scaled to the topology's largest round trip. */
    public Timeouts defaultTimeouts(Topology t) { return timeouts.apply(t); }

    /** The model an experiment describes. */
    public ProtocolModel model(ProtocolExperiment e) { return e.model(); }

    ProtocolModel build(ProtocolExperiment.Raw e) { return model.apply(e); }
}
