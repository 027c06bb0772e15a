package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * Weibull with shape k and scale eta = mean / Gamma(1 + 1/k): P(X > x) = exp(-(x / eta)^k). Then
 * <pre>
 *   E[X^j] = eta^j Gamma(1 + j/k),   SCV = Gamma(1 + 2/k) / Gamma(1 + 1/k)^2 - 1
 * </pre>
 * (Johnson, Kotz and Balakrishnan vol. 1, ch. 21). k = 1 is the exponential, k > 1 is more regular (SCV &lt; 1),
 * k &lt; 1 is heavier than exponential yet has all moments: at k = 0.5, SCV = 4!/(2!)^2 - 1 = 5.
 * Sampling is eta E^(1/k) with E a ziggurat exponential. Spec {@code weibull(shape=0.5,mean=1)}.
 */
public final class Weibull implements Distribution {
    private final double shape, mean;
    private final double eta, inverseShape;

    public Weibull(double shape, double mean) {
        Check.positive("shape", shape);
        Check.positive("mean", mean);
        this.shape = shape;
        this.mean = mean;
        this.eta = mean / Numerics.gamma(1 + 1 / shape);
        this.inverseShape = 1 / shape;
    }

    public double shape() { return shape; }
    /** The scale eta = mean / Gamma(1 + 1/shape). */
    public double scale() { return eta; }

    @Override public double mean() { return mean; }

    @Override
    public double scv() {
        double g1 = Numerics.gamma(1 + 1 / shape);
        return Numerics.gamma(1 + 2 / shape) / (g1 * g1) - 1;
    }

    @Override public double sample(RandomStream rng) { return eta * Math.pow(rng.nextExponential(), inverseShape); }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -Math.expm1(-Math.pow(x / eta, shape));
    }

    /** eta (-ln(1 - p))^(1/k). */
    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        if (p == 1) return Double.POSITIVE_INFINITY;
        return eta * Math.pow(-Math.log1p(-p), inverseShape);
    }

    @Override public Weibull withMean(double newMean) { return new Weibull(shape, newMean); }

    @Override
    public double moment(int j) {
        Numerics.checkOrder(j);
        return Math.pow(eta, j) * Numerics.gamma(1 + j / shape);
    }

    @Override public String spec() { return "weibull(shape=" + Specs.format(shape) + ",mean=" + Specs.format(mean) + ")"; }
    @Override public String toString() { return spec(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weibull d && Double.compare(shape, d.shape) == 0 && Double.compare(mean, d.mean) == 0;
    }

    @Override public int hashCode() { return 31 * Double.hashCode(shape) + Double.hashCode(mean); }
}
