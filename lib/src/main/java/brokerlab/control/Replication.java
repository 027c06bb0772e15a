package brokerlab.control;

import brokerlab.protocol.experiment.Protocol;

import java.util.List;
import java.util.Optional;

/** How a broker makes an accepted message durable before it answers: not at all, or by one of the protocols. */
public enum Replication implements Labelled {
    NONE("none", null),
    RAFT("Raft", Protocol.RAFT),
    MULTI_PAXOS("Multi-Paxos", Protocol.MULTI_PAXOS),
    PRIMARY_BACKUP_SYNC("primary-backup, sync", Protocol.PRIMARY_BACKUP_SYNC),
    PRIMARY_BACKUP_ASYNC("primary-backup, async", Protocol.PRIMARY_BACKUP_ASYNC),
    TWO_PHASE_COMMIT("two-phase commit", Protocol.TWO_PHASE_COMMIT);

    /** Replicas per message: the smallest group that survives one crash under a majority quorum. */
    public static final int NODES = 3;

    private final String label;
    private final Protocol protocol;

    Replication(String label, Protocol protocol) {
        this.label = label;
        this.protocol = protocol;
    }

    @Override
    public String label() { return label; }

    public Optional<Protocol> protocol() { return Optional.ofNullable(protocol); }

    public static List<String> labels() {
        return Labelled.labels(values());
    }

    public static Replication ofLabel(String label) {
        return Labelled.ofLabel(values(), label, "replication");
    }
}
