package brokerlab.protocol.quorum;

import brokerlab.util.Check;

import java.util.Arrays;
import java.util.Locale;

/**
 * A Dynamo-style store's settings (DeCandia et al., "Dynamo", SOSP 2007, sections 4.5-4.7): {@code nodes} servers
 * on a consistent-hash ring, each key stored on the first {@code replicas} (N) of its preference list; a read waits
 * for {@code readQuorum} (R) replies, a write for {@code writeQuorum} (W) acknowledgements. With
 * {@code sloppy} quorums a coordinator skips home replicas it suspects and writes to the next healthy nodes of the
 * ring instead, with a hint naming the intended home, handed off when the home is reachable again. With
 * {@code readRepair} a coordinator sends the reconciled versions to replicas that answered a read with stale ones.
 *
 * <p>Times in ms: a replica that has not answered within {@code replicaTimeout} is suspected for
 * {@code suspicion} (and, with sloppy quorums, replaced for this request); a coordinator gives up on a request after
 * {@code requestTimeout}; hint holders try a handoff every {@code handoffInterval}. {@code clockSkew[i]} is added
 * to node i's wall clock when it stamps a write (last-writer-wins trusts these clocks).
 */
public record QuorumConfig(int nodes, int replicas, int readQuorum, int writeQuorum, boolean sloppy, boolean readRepair,
                           Versioning versioning, int virtualNodes, double replicaTimeout, double requestTimeout,
                           double suspicion, double handoffInterval, double[] clockSkew) {
    public QuorumConfig {
        Check.atLeast("nodes", nodes, 1);
        Check.atLeast("replicas", replicas, 1);
        if (replicas > nodes) throw Check.fail("replicas", replicas, "N must be <= nodes (" + nodes + ")", "add nodes or lower N");
        Check.atLeast("readQuorum", readQuorum, 1);
        Check.atLeast("writeQuorum", writeQuorum, 1);
        if (readQuorum > replicas) throw Check.fail("readQuorum", readQuorum, "R must be <= N (" + replicas + ")", "a read can hear from at most N replicas");
        if (writeQuorum > replicas) throw Check.fail("writeQuorum", writeQuorum, "W must be <= N (" + replicas + ")", "a write reaches at most N replicas");
        Check.notNull("versioning", versioning);
        Check.atLeast("virtualNodes", virtualNodes, 1);
        Check.positive("replicaTimeout", replicaTimeout);
        Check.positive("requestTimeout", requestTimeout);
        if (requestTimeout < replicaTimeout)
            throw Check.fail("requestTimeout", requestTimeout, "it must be >= replicaTimeout (" + replicaTimeout + ")",
                    "a coordinator needs time to try fallback replicas");
        Check.positive("suspicion", suspicion);
        Check.positive("handoffInterval", handoffInterval);
        Check.notNull("clockSkew", clockSkew);
        if (clockSkew.length != nodes)
            throw Check.fail("clockSkew", clockSkew.length + " entries", "it needs one offset per node (" + nodes + ")", null);
        for (double s : clockSkew) Check.finite("clockSkew entry", s);
        clockSkew = clockSkew.clone();
    }

    /**
     * {@code nodes} servers, N, R, W; strict quorums, read repair, last-writer-wins, 16 virtual nodes per server,
     * 10 ms replica timeout, 40 ms request timeout, 200 ms suspicion, handoffs every 50 ms, no clock skew.
     */
    public static QuorumConfig of(int nodes, int n, int r, int w) {
        return new QuorumConfig(nodes, n, r, w, false, true, Versioning.LAST_WRITER_WINS, 16, 10, 40, 200, 50, new double[nodes]);
    }

    public QuorumConfig sloppy(boolean on) {
        return new QuorumConfig(nodes, replicas, readQuorum, writeQuorum, on, readRepair, versioning, virtualNodes,
                replicaTimeout, requestTimeout, suspicion, handoffInterval, clockSkew);
    }

    public QuorumConfig readRepair(boolean on) {
        return new QuorumConfig(nodes, replicas, readQuorum, writeQuorum, sloppy, on, versioning, virtualNodes,
                replicaTimeout, requestTimeout, suspicion, handoffInterval, clockSkew);
    }

    public QuorumConfig versioning(Versioning v) {
        return new QuorumConfig(nodes, replicas, readQuorum, writeQuorum, sloppy, readRepair, v, virtualNodes,
                replicaTimeout, requestTimeout, suspicion, handoffInterval, clockSkew);
    }

    /** Per-node clock offsets in ms (length {@code nodes}). */
    public QuorumConfig clockSkew(double... skew) {
        return new QuorumConfig(nodes, replicas, readQuorum, writeQuorum, sloppy, readRepair, versioning, virtualNodes,
                replicaTimeout, requestTimeout, suspicion, handoffInterval, skew);
    }

    public QuorumConfig timeouts(double replica, double request) {
        return new QuorumConfig(nodes, replicas, readQuorum, writeQuorum, sloppy, readRepair, versioning, virtualNodes,
                replica, request, suspicion, handoffInterval, clockSkew);
    }

    /** A copy of the clock offsets. */
    @Override public double[] clockSkew() { return clockSkew.clone(); }

    /** R + W > N: every read quorum meets every write quorum (among the home replicas). */
    public boolean overlapping() { return readQuorum + writeQuorum > replicas; }

    /** E.g. {@code N=3 R=2 W=2 strict LWW}. */
    public String label() {
        return String.format(Locale.ROOT, "N=%d R=%d W=%d %s %s", replicas, readQuorum, writeQuorum, sloppy ? "sloppy" : "strict",
                versioning == Versioning.LAST_WRITER_WINS ? "LWW" : "vector clocks");
    }

    @Override public boolean equals(Object o) {
        return o instanceof QuorumConfig c && label().equals(c.label()) && nodes == c.nodes && readRepair == c.readRepair
                && virtualNodes == c.virtualNodes && replicaTimeout == c.replicaTimeout && requestTimeout == c.requestTimeout
                && suspicion == c.suspicion && handoffInterval == c.handoffInterval && Arrays.equals(clockSkew, c.clockSkew);
    }

    @Override public int hashCode() { return label().hashCode() * 31 + Arrays.hashCode(clockSkew); }

    @Override public String toString() { return label() + " on " + nodes + " nodes"; }
}
