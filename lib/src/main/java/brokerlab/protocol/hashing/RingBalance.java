package brokerlab.protocol.hashing;

import brokerlab.util.Check;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * How unevenly a consistent-hashing ring with N nodes and v random points per node divides the keys, in theory.
 * A node's share is the sum of v of the Nv spacings of Nv uniform points on a circle, so it is
 * Beta(v, (N-1)v) distributed (spacings are exchangeable Dirichlet(1, ..., 1) components; a sum of v of them is
 * Beta(v, (N-1)v); David and Nagaraja, <i>Order Statistics</i>, 3rd ed., 2003, section 6.4). For v = 1 the expected
 * maximum share is exactly H_N / N ({@link ConsistentHashRing#expectedImbalanceOnePoint}). For any v this class
 * approximates E[max share / mean share] by treating the N shares as independent:
 * N * integral_0^1 (1 - F(x)^N) dx with F the Beta CDF. The true shares sum to one and are negatively correlated,
 * which makes a large maximum a little likelier, so the approximation runs low for small v and converges as v grows.
 */
public final class RingBalance {
    private static final int STEPS = 20_000;

    private RingBalance() {}

    /** E[max share / mean share] under the independent-Beta approximation (midpoint rule, 20,000 cells). */
    public static double independentBetaImbalance(int nodes, int virtualNodes) {
        Check.atLeast("nodes", nodes, 2);
        Check.atLeast("virtualNodes", virtualNodes, 1);
        var beta = new BetaDistribution(virtualNodes, (double) (nodes - 1) * virtualNodes);
        double s = 0;
        for (int i = 0; i < STEPS; i++) s += 1 - Math.pow(beta.cumulativeProbability((i + 0.5) / STEPS), nodes);
        return nodes * s / STEPS;
    }
}
