package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;
import org.apache.commons.math3.special.Erf;

/**
 * Lognormal: X = exp(mu + sigma Z) with Z standard normal, parametrised by mean and SCV through
 * <pre>
 *   sigma^2 = ln(1 + scv),   mu = ln(mean) - sigma^2 / 2
 * </pre>
 * (from E[X] = exp(mu + sigma^2/2) and E[X^2] = exp(2 mu + 2 sigma^2); Johnson, Kotz and Balakrishnan,
 * <i>Continuous Univariate Distributions</i> vol. 1, 1994, ch. 14). All moments are finite,
 * E[X^k] = exp(k mu + k^2 sigma^2 / 2), but the tail is subexponential: a common fit for measured service and
 * network latencies. Spec {@code lognormal(mean=1,scv=4)}.
 */
public final class Lognormal implements Distribution {
    private static final double SQRT2 = Math.sqrt(2);
    private final double mean, scv;
    private final double mu, sigma;

    public Lognormal(double mean, double scv) {
        Check.positive("mean", mean);
        Check.positive("scv", scv);
        this.mean = mean;
        this.scv = scv;
        double s2 = Math.log1p(scv);
        this.sigma = Math.sqrt(s2);
        this.mu = Math.log(mean) - s2 / 2;
    }

    /** Location mu of ln X. */
    public double mu() { return mu; }
    /** Scale sigma of ln X. */
    public double sigma() { return sigma; }

    @Override public double mean() { return mean; }
    @Override public double scv() { return scv; }
    @Override public double sample(RandomStream rng) { return Math.exp(mu + sigma * rng.nextGaussian()); }

    /** Phi((ln x - mu) / sigma), written with erfc so the lower tail keeps its relative precision. */
    @Override
    public double cdf(double x) {
        if (x <= 0) return 0;
        return 0.5 * Erf.erfc(-(Math.log(x) - mu) / (sigma * SQRT2));
    }

    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        if (p == 0) return 0;
        if (p == 1) return Double.POSITIVE_INFINITY;
        return Math.exp(mu + sigma * SQRT2 * Erf.erfInv(2 * p - 1));
    }

    @Override public Lognormal withMean(double newMean) { return new Lognormal(newMean, scv); }

    @Override
    public double moment(int k) {
        Numerics.checkOrder(k);
        return Math.exp(k * mu + 0.5 * k * k * sigma * sigma);
    }

    @Override public String spec() { return "lognormal(mean=" + Specs.format(mean) + ",scv=" + Specs.format(scv) + ")"; }
    @Override public String toString() { return spec(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lognormal l && Double.compare(mean, l.mean) == 0 && Double.compare(scv, l.scv) == 0;
    }

    @Override public int hashCode() { return 31 * Double.hashCode(mean) + Double.hashCode(scv); }
}
