package brokerlab.protocol.twopc;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.CommitLatency;
import brokerlab.protocol.theory.MessageCounts;
import brokerlab.util.Check;

import java.util.Set;

/**
 * Two-phase commit with forced log writes and presumed abort as a {@link ProtocolModel}: the settings' nodes are
 * the participants 1..p, the coordinator is node 0 on top (so fault plans may name 0..p). Each participant votes
 * no with {@code abortProbability}. See {@code TwoPcCluster} for the protocol and what "blocked" measures.
 */
public final class TwoPhaseCommit implements ProtocolModel {
    private final ProtocolSettings settings;
    private final double abortProbability;
    private final TwoPcBug bug;

    public TwoPhaseCommit(ProtocolSettings settings, double abortProbability) {
        this(settings, abortProbability, null);
    }

    /** A model with a planted bug (null: none), for {@code TwoPcMutants} only. */
    TwoPhaseCommit(ProtocolSettings settings, double abortProbability, TwoPcBug bug) {
        this.settings = Check.notNull("settings", settings).crashFaultsOnly("Two-phase commit").readsIn("Two-phase commit", Set.of());
        this.abortProbability = Check.probability("abortProbability", abortProbability);
        this.bug = bug;
        if (settings.leader() > 0)
            throw Check.fail("leader", settings.leader(), "the coordinator of two-phase commit is node 0", "use leader(-1) or leader(0)");
    }

    /** Every participant votes yes. */
    public TwoPhaseCommit(ProtocolSettings settings) {
        this(settings, 0);
    }

    /** A vote timeout of max(500, 10 rtt), retries of decisions every max(200, 5 rtt), the client's after twice the vote timeout. */
    public static Timeouts defaultTimeouts(Topology t) {
        double rtt = t.maxRoundTrip(), vote = Math.max(500, 10 * rtt);
        return new Timeouts(vote, 0, Math.max(200, 5 * rtt), 2 * vote, 1, 0, Timeouts.availabilityFor(rtt));
    }

    public double abortProbability() { return abortProbability; }

    /** The planted bug, null for the real protocol (so a crash experiment runs the same protocol as the model). */
    TwoPcBug bug() { return bug; }

    @Override public String name() { return "2pc"; }
    @Override public ProtocolSettings settings() { return settings; }
    @Override public TwoPhaseCommit with(ProtocolSettings s) { return new TwoPhaseCommit(s, abortProbability, bug); }

    @Override public ProtocolRun run(RunLength length, long seed, int replication) {
        return new TwoPcCluster(settings, abortProbability, bug, seed, replication).run(length);
    }

    /** Until the last participant acknowledged the commit: two rounds of the slowest participant. */
    @Override public double predictedCommit() {
        var t = settings.topology();
        return CommitLatency.twoPhaseCommit(t, settings.nodes(), settings.node(), CommitLatency.defaultStep(t, settings.node())).mean();
    }

    /** The client hears the outcome after one prepare round and the coordinator's forced decision. */
    @Override public double predictedCommitPercentile(double q) {
        Check.openUnit("q", q);
        var t = settings.topology();
        return CommitLatency.twoPhaseCommit(t, settings.nodes(), settings.node(), CommitLatency.defaultStep(t, settings.node())).quantile(q);
    }

    @Override public double predictedResponse() {
        var t = settings.topology();
        double decision = CommitLatency.twoPhaseDecision(t, settings.nodes(), settings.node(), CommitLatency.defaultStep(t, settings.node())).mean();
        return CommitLatency.leaderResponseMean(t, settings.nodes() + 1, 0, settings.node(), l -> decision);
    }

    @Override public double predictedMessagesPerEntry() { return MessageCounts.twoPhaseCommit(settings.nodes()); }

    @Override public String toString() { return describe(); }
}
