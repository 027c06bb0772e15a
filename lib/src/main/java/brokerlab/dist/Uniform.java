package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * Uniform on [min, max] with 0 &lt;= min &lt; max: mean (min+max)/2, Var (max-min)^2/12, so
 * SCV = (max-min)^2 / (3 (min+max)^2), at most 1/3 (reached at min = 0). Spec {@code uniform(min=0,max=2)}.
 */
public record Uniform(double min, double max) implements Distribution {
    public Uniform {
        Check.nonNegative("min", min);
        if (!(max > min) || Double.isInfinite(max))
            throw Check.fail("max", max, "it must be finite and > min (" + min + ")", "pass max above min, or use det(value=...) for a constant");
    }

    @Override public double mean() { return (min + max) / 2; }

    @Override
    public double scv() {
        double w = max - min, s = max + min;
        return w * w / (3 * s * s);
    }

    @Override public double sample(RandomStream rng) { return min + (max - min) * rng.nextDouble(); }

    @Override
    public double cdf(double x) {
        if (x <= min) return 0;
        return x >= max ? 1 : (x - min) / (max - min);
    }

    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        return p == 1 ? max : min + p * (max - min);
    }

    /** Scales both ends by newMean / mean, which keeps the SCV. */
    @Override
    public Uniform withMean(double newMean) {
        Check.positive("newMean", newMean);
        double f = newMean / mean();
        return new Uniform(min * f, max * f);
    }

    /** E[X^k] = (max^(k+1) - min^(k+1)) / ((k+1)(max-min)). */
    @Override
    public double moment(int k) {
        Numerics.checkOrder(k);
        return (Math.pow(max, k + 1) - Math.pow(min, k + 1)) / ((k + 1) * (max - min));
    }

    @Override public String spec() { return "uniform(min=" + Specs.format(min) + ",max=" + Specs.format(max) + ")"; }
    @Override public String toString() { return spec(); }
}
