package brokerlab.protocol.pbft;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.MessageCounts;
import brokerlab.util.Check;

import java.util.Set;

/**
 * PBFT (Castro and Liskov, OSDI 1999) as a {@link ProtocolModel}: n = 3f + 1 replicas, three phases, view changes,
 * up to f equivocating Byzantine replicas (see {@code PbftCluster}). No closed-form commit latency is given here
 * (the commit waits for the (2f+1)-th of a quorum of quorums), so {@link #predictedCommit()} is NaN.
 */
public final class Pbft implements ProtocolModel {
    private final ProtocolSettings settings;
    private final PbftBug bug;

    public Pbft(ProtocolSettings settings) {
        this(settings, null);
    }

    /** A model with a planted bug (null: none), for {@code PbftMutants} only. */
    Pbft(ProtocolSettings settings, PbftBug bug) {
        this.settings = Check.notNull("settings", settings).readsIn("PBFT", Set.of());
        this.bug = bug;
        int n = settings.nodes(), f = (n - 1) / 3;
        if (n < 4 || n % 3 != 1)
            throw Check.fail("nodes", n, "PBFT needs n = 3f + 1 replicas (4, 7, 10, ...)", "use nodes(4) for f = 1");
        if (settings.faults().byzantine().size() > f)
            throw Check.fail("byzantine", settings.faults().byzantine(), "at most f = " + f + " replicas may be Byzantine", "PBFT tolerates f of 3f+1");
    }

    /**
     * A view-change timeout of max(200, 10 rtt) and a client retry after max(100, 5 rtt) ms (the heartbeat and
     * election range are unused: PBFT has neither).
     */
    public static Timeouts defaultTimeouts(Topology t) {
        double rtt = t.maxRoundTrip(), vc = Math.max(200, 10 * rtt);
        return new Timeouts(vc, 0, vc / 3, Math.max(100, 5 * rtt), 1, 0, Timeouts.availabilityFor(rtt));
    }

    @Override public String name() { return "pbft"; }
    @Override public ProtocolSettings settings() { return settings; }
    @Override public Pbft with(ProtocolSettings s) { return new Pbft(s, bug); }

    @Override public ProtocolRun run(RunLength length, long seed, int replication) {
        return new PbftCluster(settings, bug, seed, replication).run(length);
    }

    @Override public double predictedCommit() { return Double.NaN; }
    @Override public double predictedCommitPercentile(double q) {
        Check.openUnit("q", q);
        return Double.NaN;
    }

    @Override public double predictedResponse() { return Double.NaN; }
    @Override public double predictedMessagesPerEntry() { return MessageCounts.pbft(settings.nodes()); }

    @Override public String toString() { return describe(); }
}
