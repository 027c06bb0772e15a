package brokerlab.protocol.raft;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MajorityQuorumModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.ReadMode;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.MessageCounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Raft (Ongaro and Ousterhout 2014) as a {@link brokerlab.protocol.ProtocolModel}: n servers, majority quorum,
 * randomised election timeouts, a no-op per term, its safety properties checked while it runs (see
 * {@code RaftCluster}).
 * <pre>{@code
 * var raft = new Raft(ProtocolSettings.of(Topology.THREE_ZONES, 5, Raft.defaultTimeouts(Topology.THREE_ZONES)));
 * Experiment.of(raft).replications(10).seed(42).run().get(ProtocolRun.MEAN_RESPONSE);
 * }</pre>
 */
public final class Raft extends MajorityQuorumModel {
    private final RaftBug bug;

    public Raft(ProtocolSettings settings) {
        this(settings, null);
    }

    /** A model with a planted bug (null: none), for {@link RaftMutants} only. */
    Raft(ProtocolSettings settings, RaftBug bug) {
        super(settings, "Raft", EnumSet.allOf(ReadMode.class));
        this.bug = bug;
    }

    /** Raft's timer scaling for the topology's largest round trip ({@link Timeouts#forRoundTrip}). */
    public static Timeouts defaultTimeouts(Topology t) {
        return Timeouts.forRoundTrip(t.maxRoundTrip());
    }

    @Override public String name() { return "raft"; }
    @Override public Raft with(ProtocolSettings s) { return new Raft(s, bug); }

    @Override public ProtocolRun run(RunLength length, long seed, int replication) {
        return new RaftCluster(settings(), bug, seed, replication).run(length);
    }

    @Override public double predictedMessagesPerEntry() { return MessageCounts.raft(settings().nodes()); }

    /** Every mode: through the log, ReadIndex, leader leases and stale follower reads. */
    @Override public Set<ReadMode> readModes() { return EnumSet.allOf(ReadMode.class); }
}
