package brokerlab.protocol.theory;

import brokerlab.protocol.Protocol;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * Failure-free commit-latency percentiles from the order-statistics models of {@link CommitLatency}, one call per
 * protocol: the lattice quantile for primary-backup (primary 0) and two-phase commit (coordinator 0), and for Raft
 * and Multi-Paxos the quantile of the mixture over leaders, (1/n) sum_l P(T_l &lt;= x) = q, since any server may win
 * the election and, with symmetric timers, each does with probability 1/n. PBFT has no model here (NaN).
 * Queueing is ignored, as in {@link CommitLatency}: a light-load value. Times in ms.
 */
public final class CommitPercentile {
    private CommitPercentile() {}

    /** The q-quantile of commit latency for {@code protocol} with n replicas (participants for two-phase commit). */
    public static double of(Protocol protocol, Topology topology, int n, NodeConfig node, double q) {
        Check.notNull("protocol", protocol);
        Check.atLeast("n", n, 1);
        Check.openUnit("q", q);
        double h = CommitLatency.defaultStep(topology, node);
        return switch (protocol) {
            case PRIMARY_BACKUP_ASYNC -> GridDistribution.of(node.fsync(), h).quantile(q);
            case PRIMARY_BACKUP_SYNC -> CommitLatency.allReplicas(topology, n, 0, node, h).quantile(q);
            case TWO_PHASE_COMMIT -> CommitLatency.twoPhaseCommit(topology, n, node, h).quantile(q);
            case RAFT, MULTI_PAXOS -> mixtureQuantile(topology, n, node, h, q);
            case PBFT -> Double.NaN;
        };
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
