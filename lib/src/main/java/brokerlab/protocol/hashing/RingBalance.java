package brokerlab.protocol.hashing;

import brokerlab.util.Check;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * How unevenly a consistent-hashing ring with N nodes and v random points per node divides the keys, in theory.
 * A node's share is the sum of v of the Nv spacings of Nv uniform points on a circle, so it is
 * Beta(v, (N-1)v) distributed (spacings are exchangeable Dirichlet(1, ..., 1) components; a sum of v of them is
 * Beta(v, (N-1)v); David and Nagaraja, <i>Order Statistics</i>, 3rd ed., 2003, section 6.4). For v = 1 the expected
 * maximum share is exactly H_N / N ({@link ConsistentHashRing#expectedImbalanceOnePoint}). For any v this class
 * approximates E[max share / mean share] by treating the N shares as independent:
 * N * integral_0^1 (1 - F(x)^N) dx with F the Beta CDF. The true shares sum to one and are negatively correlated,
 * which makes a large maximum a little likelier, so the approximation runs low.
 *
 * <p>{@link #expectedImbalance} is exact for every v: the N shares are Dirichlet(v, ..., v), i.e. G_i / sum_j G_j
 * with G_i independent Gamma(v, 1), and the sum is independent of the shares (Lukacs 1955), so
 * E[max G] = E[max share] * E[sum G] = E[max share] * N v, and E[max share / mean share] = E[max_i G_i] / v, the
 * expected maximum of N independent Gamma(v) variables over their mean. For v = 1 (exponentials) this is H_N.
 */
public final class RingBalance {
    private static final int STEPS = 20_000;

    private RingBalance() {}

    /**
     * E[max share / mean share], exact: (1/v) integral_0^inf (1 - P(v, x)^N) dx with P the regularized lower
     * incomplete gamma function (the Gamma(v, 1) CDF), by Simpson's rule on [0, x_max] where N (1 - P(v, x_max))
     * is below 1e-16 (beyond it the integrand adds less than that per unit length and decays faster than
     * exponentially).
     */
    public static double expectedImbalance(int nodes, int virtualNodes) {
        Check.atLeast("nodes", nodes, 2);
        Check.atLeast("virtualNodes", virtualNodes, 1);
        double v = virtualNodes;
        double top = v + 10 * Math.sqrt(v) + 40;
        while (nodes * Gamma.regularizedGammaQ(v, top) > 1e-16) top *= 1.25;
        int steps = 2 * STEPS;
        double h = top / steps, sum = 0;
        for (int i = 0; i <= steps; i++) {
            double tail = 1 - Math.pow(Gamma.regularizedGammaP(v, i * h), nodes);
            sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * tail;
        }
        return sum * h / 3 / v;
    }

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
