package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * Exponential with the given rate: memoryless, SCV = 1. The M in M/M/c.
 * Spec {@code exp(rate=2)}; {@code exp(mean=0.5)} is read too, and written back as the rate.
 */
public record Exponential(double rate) implements Distribution {
    public Exponential {
        Check.positive("rate", rate);
    }

    public static Exponential withRate(double rate) {
        return new Exponential(rate);
    }

    /**
     * The exponential with the given mean. (The foundation called this static {@code withMean(double)}; that name
     * now belongs to the instance method of {@link Distribution}, which Java does not allow a static to hide.)
     */
    public static Exponential ofMean(double mean) {
        Check.positive("mean", mean);
        return new Exponential(1.0 / mean);
    }

    @Override public double mean() { return 1.0 / rate; }
    @Override public double scv() { return 1.0; }
    @Override public double sample(RandomStream rng) { return rng.nextExponential() / rate; }

    @Override public double cdf(double x) { return x <= 0 ? 0 : -Math.expm1(-rate * x); }

    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        return p == 1 ? Double.POSITIVE_INFINITY : -Math.log1p(-p) / rate;
    }

    @Override public Exponential withMean(double newMean) { return ofMean(newMean); }

    /** E[X^k] = k! / rate^k. */
    @Override
    public double moment(int k) {
        Numerics.checkOrder(k);
        return Numerics.factorial(k) / Math.pow(rate, k);
    }

    @Override public String spec() { return "exp(rate=" + Specs.format(rate) + ")"; }
    @Override public String toString() { return spec(); }
}
