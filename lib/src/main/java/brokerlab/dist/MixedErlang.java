package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;
import org.apache.commons.math3.special.Gamma;

/**
 * Tijms' E(k-1,k) two-moment fit for 0 &lt; SCV &lt;= 1: with probability p the sum of k-1, otherwise of k,
 * exponential phases with a common rate mu, where
 * <pre>
 *   k  = ceil(1 / scv)                                        (so 1/k &lt;= scv &lt;= 1/(k-1))
 *   p  = (k scv - sqrt(k (1 + scv) - k^2 scv)) / (1 + scv)
 *   mu = (k - p) / mean
 * </pre>
 * (H. C. Tijms, <i>A First Course in Stochastic Models</i>, 2003, Appendix B, pp. 445-446). It matches mean and
 * SCV exactly, has a unimodal gamma-like density, and reduces to Erlang-k when 1/scv is the integer k (p = 0).
 * Spec {@code mixederlang(mean=1,scv=0.3)}.
 */
public final class MixedErlang implements Distribution {
    private final double mean, scv;
    private final int k;
    private final double p, phaseMean;

    public MixedErlang(double mean, double scv) {
        Check.positive("mean", mean);
        if (!(scv > 0 && scv <= 1))
            throw Check.fail("scv", scv, "a mixed Erlang fits 0 < scv <= 1",
                    "use det(value=...) for scv = 0 or hyperexp(mean=...,scv=...) for scv > 1");
        this.mean = mean;
        this.scv = scv;
        this.k = (int) Math.ceil(1 / scv - 1e-12);
        double root = Math.sqrt(Math.max(0, k * (1 + scv) - (double) k * k * scv));
        this.p = Math.max(0, Math.min(1, (k * scv - root) / (1 + scv)));
        this.phaseMean = mean / (k - p);
    }

    /** The number of phases k of the longer branch. */
    public int phases() { return k; }

    /** The probability p of the shorter branch (k-1 phases). */
    public double shortBranchProbability() { return p; }

    @Override public double mean() { return mean; }
    @Override public double scv() { return scv; }

    @Override
    public double sample(RandomStream rng) {
        int n = rng.nextDouble() < p ? k - 1 : k;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += rng.nextExponential();
        return sum * phaseMean;
    }

    @Override
    public double cdf(double x) {
        if (x <= 0) return 0;
        if (x == Double.POSITIVE_INFINITY) return 1;
        double y = x / phaseMean;
        double shortBranch = k == 1 ? 1 : Gamma.regularizedGammaP(k - 1, y);
        return p * shortBranch + (1 - p) * Gamma.regularizedGammaP(k, y);
    }

    @Override
    public double quantile(double level) {
        Numerics.checkLevel(level);
        if (level == 0) return 0;
        if (level == 1) return Double.POSITIVE_INFINITY;
        return Numerics.invert(this::cdf, level, mean);
    }

    @Override public MixedErlang withMean(double newMean) { return new MixedErlang(newMean, scv); }

    /** Mixture of Erlang moments: E[X^j] = p (k-1)...(k+j-2) / mu^j + (1-p) k...(k+j-1) / mu^j. */
    @Override
    public double moment(int j) {
        Numerics.checkOrder(j);
        double shortBranch = 1, longBranch = 1;
        for (int i = 0; i < j; i++) {
            shortBranch *= (k - 1 + i) * phaseMean;
            longBranch *= (k + i) * phaseMean;
        }
        return p * shortBranch + (1 - p) * longBranch;
    }

    @Override public String spec() { return "mixederlang(mean=" + Specs.format(mean) + ",scv=" + Specs.format(scv) + ")"; }
    @Override public String toString() { return spec(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof MixedErlang m && Double.compare(mean, m.mean) == 0 && Double.compare(scv, m.scv) == 0;
    }

    @Override public int hashCode() { return 31 * Double.hashCode(mean) + Double.hashCode(scv); }
}
