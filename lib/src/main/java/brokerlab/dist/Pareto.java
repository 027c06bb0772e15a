package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * Classic Pareto (Type I) on [x_m, infinity): P(X > x) = (x_m / x)^alpha for x >= x_m, with the scale set from
 * the mean, x_m = mean (alpha - 1) / alpha. Then
 * <pre>
 *   E[X^k] = alpha x_m^k / (alpha - k)  (infinite for alpha &lt;= k),   SCV = 1 / (alpha (alpha - 2))  for alpha > 2
 * </pre>
 * (Harchol-Balter 2013, ch. 20; Johnson, Kotz and Balakrishnan vol. 1, ch. 20). No draw is below x_m, so at a
 * moderate alpha the law is far <i>less</i> variable than its heavy tail suggests: at alpha = 2.5 the SCV is
 * 1 / (2.5 * 0.5) = 0.8, below the exponential's 1, while the {@link Lomax} (Pareto II, shifted to start at 0)
 * with the same alpha and mean has SCV 5. Say which one you mean: queueing papers on heavy tails often use the
 * Lomax form.
 *
 * <p>alpha &lt;= 1 is rejected (infinite mean); 1 &lt; alpha &lt;= 2 is allowed and gives {@code scv() = +Infinity}.
 * Sampling is by inversion, x_m * U^(-1/alpha) with U in (0, 1], so no draw is infinite.
 * Spec {@code pareto(alpha=2.5,mean=1)}.
 */
public final class Pareto implements Distribution {
    private final double alpha, mean;
    private final double xm, minusInverseAlpha;

    public Pareto(double alpha, double mean) {
        Numerics.checkTailIndex(alpha);
        Check.positive("mean", mean);
        this.alpha = alpha;
        this.mean = mean;
        this.xm = mean * (alpha - 1) / alpha;
        this.minusInverseAlpha = -1 / alpha;
    }

    public double alpha() { return alpha; }

    @Override public double tailIndex() { return alpha; }
    /** The scale x_m, the smallest possible value. */
    public double scale() { return xm; }

    @Override public double mean() { return mean; }
    @Override public double scv() { return alpha > 2 ? 1 / (alpha * (alpha - 2)) : Double.POSITIVE_INFINITY; }
    @Override public double sample(RandomStream rng) { return xm * Math.pow(rng.nextOpenDouble(), minusInverseAlpha); }

    @Override
    public double cdf(double x) {
        return x <= xm ? 0 : -Math.expm1(alpha * Math.log(xm / x));
    }

    /** x_m (1 - p)^(-1/alpha). */
    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        if (p == 1) return Double.POSITIVE_INFINITY;
        return xm * Math.exp(-Math.log1p(-p) / alpha);
    }

    @Override public Pareto withMean(double newMean) { return new Pareto(alpha, newMean); }

    @Override
    public double moment(int k) {
        Numerics.checkOrder(k);
        return alpha > k ? alpha * Math.pow(xm, k) / (alpha - k) : Double.POSITIVE_INFINITY;
    }

    @Override public String spec() { return "pareto(alpha=" + Specs.format(alpha) + ",mean=" + Specs.format(mean) + ")"; }
    @Override public String toString() { return spec(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pareto d && Double.compare(alpha, d.alpha) == 0 && Double.compare(mean, d.mean) == 0;
    }

    @Override public int hashCode() { return 31 * Double.hashCode(alpha) + Double.hashCode(mean); }
}
