package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * Two-phase hyperexponential H2 with balanced means, the standard two-moment fit for SCV >= 1: with probability
 * p1 an exponential of rate mu1, otherwise of rate mu2, where each branch carries half the mean
 * (p1 / mu1 = p2 / mu2 = mean / 2):
 * <pre>
 *   p1 = (1 + sqrt((scv - 1) / (scv + 1))) / 2,   p2 = 1 - p1,   mu_i = 2 p_i / mean
 * </pre>
 * (W. Whitt, "Approximating a point process by a renewal process, I: two basic methods", Operations Research
 * 30(1), 1982;
 * H. C. Tijms, <i>A First Course in Stochastic Models</i>, 2003, Appendix B, p. 446). Then
 * E[X^2] = mean^2 / (2 p1 p2) = mean^2 (1 + scv), so the SCV is matched exactly; scv = 1 gives the exponential.
 * Its tail is exponential: bursty, not heavy-tailed. Spec {@code hyperexp(mean=1,scv=4)}.
 */
public final class Hyperexponential implements Distribution {
    private final double mean, scv;
    private final double p1, mean1, mean2;

    public Hyperexponential(double mean, double scv) {
        Check.positive("mean", mean);
        if (!(scv >= 1) || Double.isInfinite(scv))
            throw Check.fail("scv", scv, "a hyperexponential has scv >= 1 (finite)",
                    "for scv < 1 use erlang(k=...,mean=...) or mixederlang(mean=...,scv=...); Distributions.byMeanAndScv picks one");
        this.mean = mean;
        this.scv = scv;
        this.p1 = 0.5 * (1 + Math.sqrt((scv - 1) / (scv + 1)));
        this.mean1 = mean / (2 * p1);
        this.mean2 = mean / (2 * (1 - p1));
    }

    /** Probability of the first (short, frequent) branch. */
    public double p1() { return p1; }
    /** Rate of the first branch, 2 p1 / mean. */
    public double rate1() { return 1 / mean1; }
    /** Rate of the second (long, rare) branch, 2 p2 / mean. */
    public double rate2() { return 1 / mean2; }

    @Override public double mean() { return mean; }
    @Override public double scv() { return scv; }

    @Override
    public double sample(RandomStream rng) {
        return rng.nextExponential() * (rng.nextDouble() < p1 ? mean1 : mean2);
    }

    @Override
    public double cdf(double x) {
        if (x <= 0) return 0;
        return -(p1 * Math.expm1(-x / mean1) + (1 - p1) * Math.expm1(-x / mean2));
    }

    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        if (p == 0) return 0;
        if (p == 1) return Double.POSITIVE_INFINITY;
        return Numerics.invert(this::cdf, p, mean);
    }

    @Override public Hyperexponential withMean(double newMean) { return new Hyperexponential(newMean, scv); }

    /** E[X^k] = k! (p1 / mu1^k + p2 / mu2^k). */
    @Override
    public double moment(int k) {
        Numerics.checkOrder(k);
        return Numerics.factorial(k) * (p1 * Math.pow(mean1, k) + (1 - p1) * Math.pow(mean2, k));
    }

    @Override public String spec() { return "hyperexp(mean=" + Specs.format(mean) + ",scv=" + Specs.format(scv) + ")"; }
    @Override public String toString() { return spec(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperexponential h && Double.compare(mean, h.mean) == 0 && Double.compare(scv, h.scv) == 0;
    }

    @Override public int hashCode() { return 31 * Double.hashCode(mean) + Double.hashCode(scv); }
}
