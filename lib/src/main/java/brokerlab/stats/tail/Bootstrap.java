package brokerlab.stats.tail;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;
import org.apache.commons.math3.distribution.BetaDistribution;

import java.util.Arrays;

/**
 * Percentile bootstrap (Efron &amp; Tibshirani, <i>An Introduction to the Bootstrap</i>, 1993, ch. 13) for a
 * sample quantile: resample the data with replacement, recompute the quantile, and take the (1-level)/2 and
 * (1+level)/2 quantiles of the replicates. Assumes i.i.d. observations — for the autocorrelated latencies of one
 * simulation run, bootstrap per-replication values instead (or use batch means).
 *
 * <p>A replicate is drawn without building the resample. Resampling draws indices ceil(n V) with V uniform; the
 * map from V to the sorted data is monotone, so the resample's k-th smallest value is the sorted sample at
 * ceil(n V<sub>(k)</sub>), and the k-th smallest of n uniforms has the Beta(k, n - k + 1) law (David &amp; Nagaraja,
 * <i>Order Statistics</i>, 2003, §2.2). One Beta draw per replicate therefore gives exactly the distribution of
 * the resample's quantile, in O(1) instead of sorting n values (notebook 13's 2,000 resamples of 130,908
 * latencies: 24 s for the cell by sorting, under a second this way).
 * The quantile of a sample is the order statistic at ceil(q n) (the "inverted empirical CDF" definition).
 */
public final class Bootstrap {
    private Bootstrap() {}

    public static BootstrapInterval percentile(double[] sample, double q, int resamples, double level, RandomStream rng) {
        Check.notNull("sample", sample);
        Check.openUnit("q", q);
        Check.openUnit("level", level);
        Check.atLeast("resamples", resamples, 100);
        int n = sample.length;
        if (n < 2) throw Check.fail("sample size", n, "it must be at least 2", "collect more observations");
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        double estimate = quantileOfSorted(sorted, q);
        int k = orderOf(n, q);
        BetaDistribution kthOfUniforms = new BetaDistribution(null, k, n - k + 1);
        double[] replicates = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double v = kthOfUniforms.inverseCumulativeProbability(rng.nextDouble());
            int index = (int) Math.ceil(n * v) - 1;
            replicates[b] = sorted[Math.max(0, Math.min(n - 1, index))];
        }
        Arrays.sort(replicates);
        double lower = quantileOfSorted(replicates, (1 - level) / 2);
        double upper = quantileOfSorted(replicates, (1 + level) / 2);
        return new BootstrapInterval(estimate, lower, upper, level, resamples);
    }

    /** The order statistic at ceil(q n), 1-based. */
    static double quantileOfSorted(double[] sorted, double q) {
        return sorted[orderOf(sorted.length, q) - 1];
    }

    /** The rank k = ceil(q n) of the q-quantile among n values, in [1, n]. */
    static int orderOf(int n, double q) {
        return Math.max(1, Math.min(n, (int) Math.ceil(q * n)));
    }
}
