package brokerlab.protocol.theory;

import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * Failure-free commit-latency percentiles from the order-statistics models of {@link CommitLatency}: for a majority
 * quorum whose leader is elected (Raft, Multi-Paxos), the quantile of the mixture over leaders,
 * (1/n) sum_l P(T_l &lt;= x) = q, since any server may win the election and, with symmetric timers, each does with
 * probability 1/n; for a fixed leader (or primary, coordinator) the lattice quantile itself. Each protocol model
 * calls the one that fits ({@code ProtocolModel.predictedCommitPercentile}). Queueing is ignored, as in
 * {@link CommitLatency}: a light-load value. Times in ms.
 */
public final class CommitPercentile {
    private CommitPercentile() {}

    /** The q-quantile of majority-quorum commit latency for {@code leader}, or of the mixture over leaders for -1. */
    public static double majorityQuorum(Topology topology, int n, int leader, NodeConfig node, double q) {
        Check.atLeast("n", n, 1);
        Check.openUnit("q", q);
        double h = CommitLatency.defaultStep(topology, node);
        if (leader >= 0) return CommitLatency.majorityQuorum(topology, n, leader, node, h).quantile(q);
        return mixtureQuantile(topology, n, node, h, q);
    }

    /** Smallest lattice point x with (1/n) sum_l P(T_l &lt;= x) &gt;= q, found by bisection over lattice indices. */
    static double mixtureQuantile(Topology topology, int n, NodeConfig node, double h, double q) {
        List<GridDistribution> byLeader = new ArrayList<>();
        double hi = 0;
        for (int l = 0; l < n; l++) {
            GridDistribution g = CommitLatency.majorityQuorum(topology, n, l, node, h);
            byLeader.add(g);
            hi = Math.max(hi, g.quantile(q));      // the mixture's quantile is at most the largest component's
        }
        long lo = -1, up = Math.round(hi / h);
        while (up - lo > 1) {
            long mid = (lo + up) / 2;
            double x = mid * h, mix = 0;
            for (GridDistribution g : byLeader) mix += g.cdf(x) / n;
            if (mix >= q) up = mid; else lo = mid;
        }
        return up * h;
    }
}
