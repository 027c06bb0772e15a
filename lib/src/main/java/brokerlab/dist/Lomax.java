package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * Lomax, i.e. Pareto Type II starting at 0: P(X > x) = (1 + x / lambda)^(-alpha) for x >= 0, with the scale set
 * from the mean, lambda = mean (alpha - 1). Then
 * <pre>
 *   E[X^k] = lambda^k k! / ((alpha - 1)(alpha - 2)...(alpha - k))  (infinite for alpha &lt;= k)
 *   SCV    = alpha / (alpha - 2)  for alpha > 2
 * </pre>
 * (K. S. Lomax, "Business failures: another example of the analysis of failure data", JASA 49, 1954;
 * Johnson, Kotz and Balakrishnan vol. 1, ch. 20, "Pareto of the second kind"). It is the classic {@link Pareto}
 * shifted to 0 and, unlike it, always more variable than the exponential: at alpha = 2.5 and mean 1 the Lomax
 * SCV is 2.5 / 0.5 = 5 while the classic Pareto's is 0.8. Most draws are small and a few are huge: the usual
 * model of heavy-tailed job sizes in queueing studies.
 *
 * <p>alpha &lt;= 1 is rejected (infinite mean); 1 &lt; alpha &lt;= 2 is allowed and gives {@code scv() = +Infinity}.
 * Sampling is by inversion, lambda (U^(-1/alpha) - 1) with U in (0, 1], so no draw is infinite.
 * Spec {@code lomax(alpha=2.5,mean=1)}.
 */
public final class Lomax implements Distribution {
    private final double alpha, mean;
    private final double lambda, minusInverseAlpha;

    public Lomax(double alpha, double mean) {
        Numerics.checkTailIndex(alpha);
        Check.positive("mean", mean);
        this.alpha = alpha;
        this.mean = mean;
        this.lambda = mean * (alpha - 1);
        this.minusInverseAlpha = -1 / alpha;
    }

    public double alpha() { return alpha; }

    @Override public double tailIndex() { return alpha; }
    /** The scale lambda = mean (alpha - 1). */
    public double scale() { return lambda; }

    @Override public double mean() { return mean; }
    @Override public double scv() { return alpha > 2 ? alpha / (alpha - 2) : Double.POSITIVE_INFINITY; }
    @Override public double sample(RandomStream rng) { return lambda * (Math.pow(rng.nextOpenDouble(), minusInverseAlpha) - 1); }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -Math.expm1(-alpha * Math.log1p(x / lambda));
    }

    /** lambda ((1 - p)^(-1/alpha) - 1), written with expm1/log1p for small p. */
    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        if (p == 1) return Double.POSITIVE_INFINITY;
        return lambda * Math.expm1(-Math.log1p(-p) / alpha);
    }

    @Override public Lomax withMean(double newMean) { return new Lomax(alpha, newMean); }

    @Override
    public double moment(int k) {
        Numerics.checkOrder(k);
        if (alpha <= k) return Double.POSITIVE_INFINITY;
        double m = 1;
        for (int i = 1; i <= k; i++) m *= i * lambda / (alpha - i);
        return m;
    }

    @Override public String spec() { return "lomax(alpha=" + Specs.format(alpha) + ",mean=" + Specs.format(mean) + ")"; }
    @Override public String toString() { return spec(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lomax d && Double.compare(alpha, d.alpha) == 0 && Double.compare(mean, d.mean) == 0;
    }

    @Override public int hashCode() { return 31 * Double.hashCode(alpha) + Double.hashCode(mean); }
}
