package brokerlab.protocol.net;

import brokerlab.dist.Distribution;
import brokerlab.random.RandomStream;
import brokerlab.util.Check;
import org.apache.commons.math3.special.Erf;

import java.util.Locale;

/**
 * A one-way delay (a network link, a durable write, a CPU step) as a fixed part plus random jitter:
 * {@code D = base + J}, with J = 0 (jitterMean 0), exponential (jitterScv 1) or lognormal with the given SCV.
 * The fixed part stands for propagation and serialisation, the jitter for queueing in switches and kernels;
 * "shifted exponential" and "shifted lognormal" are the usual fits to measured one-way delays
 * (e.g. Bovy et al., "Analysis of end-to-end delay measurements in Internet", PAM 2002).
 * All times are in milliseconds. Unlike a plain {@link Distribution} it knows its CDF, which the theory
 * package integrates to get order statistics.
 */
public record LinkDelay(double base, double jitterMean, double jitterScv) implements Distribution {
    public LinkDelay {
        Check.nonNegative("base", base);
        Check.nonNegative("jitterMean", jitterMean);
        Check.nonNegative("jitterScv", jitterScv);
        if (jitterMean > 0 && jitterScv == 0)
            throw Check.fail("jitterScv", jitterScv, "it must be > 0 when jitterMean > 0",
                    "use 1 for exponential jitter or fold a constant jitter into base");
    }

    /** A constant delay. */
    public static LinkDelay fixed(double base) {
        return new LinkDelay(base, 0, 0);
    }

    /** base + Exponential(mean = jitterMean): the case the theory solves exactly. */
    public static LinkDelay shiftedExponential(double base, double jitterMean) {
        return jitterMean == 0 ? fixed(base) : new LinkDelay(base, jitterMean, 1);
    }

    /** base + lognormal jitter with the given mean and SCV (heavier right tail than exponential when SCV > 1). */
    public static LinkDelay shiftedLognormal(double base, double jitterMean, double jitterScv) {
        return new LinkDelay(base, jitterMean, jitterScv);
    }

    public boolean isFixed() { return jitterMean == 0; }
    public boolean isExponential() { return jitterMean > 0 && jitterScv == 1; }

    private double sigma() { return Math.sqrt(Math.log1p(jitterScv)); }
    private double mu() { return Math.log(jitterMean) - 0.5 * Math.log1p(jitterScv); }

    @Override public double mean() { return base + jitterMean; }

    @Override public double scv() {
        double m = mean();
        return m == 0 ? 0 : jitterScv * jitterMean * jitterMean / (m * m);
    }

    @Override public double sample(RandomStream rng) {
        if (jitterMean == 0) return base;
        if (jitterScv == 1) return base + jitterMean * rng.nextExponential();
        return base + Math.exp(mu() + sigma() * rng.nextGaussian());
    }

    /** P(D &lt;= x). The exponential jitter uses the lognormal branch only when its SCV differs from 1. */
    @Override public double cdf(double x) {
        double y = x - base;
        if (y < 0) return 0;
        if (jitterMean == 0) return 1;
        if (jitterScv == 1) return -Math.expm1(-y / jitterMean);
        if (y == 0) return 0;
        return 0.5 * Erf.erfc(-(Math.log(y) - mu()) / (sigma() * Math.sqrt(2)));
    }

    /** The p-quantile: base plus the jitter's quantile (exponential or lognormal). */
    @Override public double quantile(double p) {
        Check.probability("p", p);
        if (jitterMean == 0) return base;
        if (p == 1) return Double.POSITIVE_INFINITY;
        if (jitterScv == 1) return base - jitterMean * Math.log1p(-p);
        if (p == 0) return base;
        return base + Math.exp(mu() + sigma() * Math.sqrt(2) * Erf.erfInv(2 * p - 1));
    }

    /** The same shape scaled to a new mean: base and jitter both scale, so the SCV is kept. */
    @Override public LinkDelay withMean(double newMean) {
        Check.positive("newMean", newMean);
        double factor = newMean / mean();
        return new LinkDelay(base * factor, jitterMean * factor, jitterScv);
    }

    /** E[(base + J)^k] by the binomial expansion, with E[J^i] = i! m^i (exponential) or exp(i mu + i^2 sigma^2 / 2). */
    @Override public double moment(int k) {
        Check.atLeast("k", k, 0);
        double total = 0, binomial = 1;
        for (int i = 0; i <= k; i++) {
            if (i > 0) binomial = binomial * (k - i + 1) / i;
            total += binomial * Math.pow(base, k - i) * jitterMoment(i);
        }
        return total;
    }

    private double jitterMoment(int i) {
        if (i == 0) return 1;
        if (jitterMean == 0) return 0;
        if (jitterScv == 1) {
            double f = 1;
            for (int j = 2; j <= i; j++) f *= j;
            return f * Math.pow(jitterMean, i);
        }
        double sg = sigma();
        return Math.exp(i * mu() + 0.5 * i * i * sg * sg);
    }

    /** This delay shifted by a constant {@code extra} ms (e.g. a fixed processing step on the path). */
    public LinkDelay plusFixed(double extra) {
        return new LinkDelay(base + extra, jitterMean, jitterScv);
    }

    @Override public String spec() {
        if (jitterMean == 0) return String.format(Locale.ROOT, "fixed(%sms)", fmt(base));
        if (jitterScv == 1) return String.format(Locale.ROOT, "%sms+exp(mean=%sms)", fmt(base), fmt(jitterMean));
        return String.format(Locale.ROOT, "%sms+lognormal(mean=%sms,scv=%s)", fmt(base), fmt(jitterMean), fmt(jitterScv));
    }

    private static String fmt(double x) {
        return new java.math.BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    @Override public String toString() { return spec(); }
}
