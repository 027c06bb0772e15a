package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;
import org.apache.commons.math3.special.Gamma;

/**
 * Erlang-k: the sum of k independent exponential phases of rate k/mean, i.e. a Gamma(k, mean/k) law.
 * SCV = 1/k (k = 1 is the exponential, k -> infinity tends to a constant), so it models service that is more
 * regular than exponential (Tijms 2003, appendix B; Kleinrock 1975, section 4.3). Spec {@code erlang(k=2,mean=1)}.
 */
public record Erlang(int k, double mean) implements Distribution {
    public Erlang {
        Check.atLeast("k", k, 1);
        Check.positive("mean", mean);
    }

    @Override public double scv() { return 1.0 / k; }

    /** Sum of k ziggurat exponentials: no allocation, cost linear in k. */
    @Override
    public double sample(RandomStream rng) {
        double sum = 0;
        for (int i = 0; i < k; i++) sum += rng.nextExponential();
        return sum * (mean / k);
    }

    /** F(x) = P(k, k x / mean), the regularised lower incomplete Gamma function. */
    @Override
    public double cdf(double x) {
        if (x <= 0) return 0;
        return x == Double.POSITIVE_INFINITY ? 1 : Gamma.regularizedGammaP(k, x * k / mean);
    }

    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        if (p == 0) return 0;
        if (p == 1) return Double.POSITIVE_INFINITY;
        return Numerics.invert(this::cdf, p, mean);
    }

    @Override
    public Erlang withMean(double newMean) {
        return new Erlang(k, newMean);
    }

    /** E[X^j] = k (k+1) ... (k+j-1) / lambda^j with lambda = k / mean. */
    @Override
    public double moment(int j) {
        Numerics.checkOrder(j);
        double m = 1, phaseMean = mean / k;
        for (int i = 0; i < j; i++) m *= (k + i) * phaseMean;
        return m;
    }

    @Override public String spec() { return "erlang(k=" + k + ",mean=" + Specs.format(mean) + ")"; }
    @Override public String toString() { return spec(); }
}
