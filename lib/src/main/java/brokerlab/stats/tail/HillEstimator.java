package brokerlab.stats.tail;

import brokerlab.util.Check;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.Arrays;

/**
 * The Hill (1975) estimator of the tail index alpha of a regularly varying tail, P(X > x) ~ L(x) x^-alpha.
 * With X(1) >= X(2) >= ... the order statistics, xi = 1/alpha is estimated by
 * <pre>  xi_k = (1/k) sum_{i=1..k} ln X(i) - ln X(k+1).</pre>
 * Asymptotically sqrt(k) (xi_k - xi) is normal with variance xi^2 (Hill 1975; Embrechts, Klüppelberg &amp; Mikosch,
 * <i>Modelling Extremal Events</i>, 1997, §6.4.2), so the interval is xi_k (1 ± z/sqrt(k)), inverted for alpha.
 *
 * <p>The choice of k trades bias (k too large reaches into the body of the distribution) against variance
 * (k too small). There is no universal rule: look at {@link #plot} — a "Hill plot" over k — and pick a region
 * where the estimate is flat. {@link #estimate(double[])} uses k = ⌊sqrt(n)⌋, a common default, and says so.
 * For an exact Pareto sample any k is unbiased; for lognormal data the Hill plot never settles (its tail is not
 * regularly varying), which is itself a diagnosis.
 */
public final class HillEstimator {
    private HillEstimator() {}

    /** Hill estimate from the k largest observations, 95% interval. */
    public static HillEstimate estimate(double[] sample, int k) {
        return estimate(sample, k, 0.95);
    }

    /** Hill estimate with k = floor(sqrt(n)), 95% interval. */
    public static HillEstimate estimate(double[] sample) {
        return estimate(sample, (int) Math.floor(Math.sqrt(sample.length)), 0.95);
    }

    public static HillEstimate estimate(double[] sample, int k, double level) {
        double[] desc = sortedDescending(sample);
        return fromSorted(desc, k, level);
    }

    /** The Hill estimate at each k in {@code ks} (one sort for all): the data of a Hill plot. */
    public static HillEstimate[] plot(double[] sample, int[] ks, double level) {
        double[] desc = sortedDescending(sample);
        HillEstimate[] out = new HillEstimate[ks.length];
        for (int i = 0; i < ks.length; i++) out[i] = fromSorted(desc, ks[i], level);
        return out;
    }

    private static HillEstimate fromSorted(double[] desc, int k, double level) {
        int n = desc.length;
        Check.openUnit("level", level);
        if (k < 2 || k >= n) {
            throw Check.fail("k", k, "it must be in [2, n-1] with n = " + n, "use fewer top order statistics than observations");
        }
        double threshold = desc[k];
        if (!(threshold > 0)) {
            throw Check.fail("k", k, "the (k+1)-th largest value is " + threshold + " but Hill needs positive values",
                    "choose a smaller k so the threshold is above zero");
        }
        double logThreshold = Math.log(threshold);
        double sum = 0;
        for (int i = 0; i < k; i++) sum += Math.log(desc[i]) - logThreshold;
        double xi = sum / k;
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        double spread = z / Math.sqrt(k);
        double alpha = 1 / xi;
        // xi in xi (1 ± spread); alpha = 1/xi, so the bounds swap; an upper bound is infinite if 1 - spread <= 0.
        double upper = spread < 1 ? 1 / (xi * (1 - spread)) : Double.POSITIVE_INFINITY;
        double lower = 1 / (xi * (1 + spread));
        return new HillEstimate(k, n, threshold, alpha, lower, upper, level);
    }

    static double[] sortedDescending(double[] sample) {
        Check.notNull("sample", sample);
        if (sample.length < 3) throw Check.fail("sample size", sample.length, "it must be at least 3", "collect more observations");
        double[] s = sample.clone();
        for (double x : s) {
            if (!Double.isFinite(x)) throw Check.fail("sample value", x, "it must be finite", "drop NaN/infinite entries");
        }
        Arrays.sort(s);
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        return s;
    }
}
