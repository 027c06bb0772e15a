package brokerlab.stats.tail;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * Percentile bootstrap (Efron &amp; Tibshirani, <i>An Introduction to the Bootstrap</i>, 1993, ch. 13) for a
 * sample quantile: resample the data with replacement, recompute the quantile, and take the (1-level)/2 and
 * (1+level)/2 quantiles of the replicates. Assumes i.i.d. observations — for the autocorrelated latencies of one
 * simulation run, bootstrap per-replication values instead (or use batch means).
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
        double[] replicates = new double[resamples];
        double[] resample = new double[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) resample[i] = sorted[rng.nextInt(n)];
            Arrays.sort(resample);
            replicates[b] = quantileOfSorted(resample, q);
        }
        Arrays.sort(replicates);
        double lower = quantileOfSorted(replicates, (1 - level) / 2);
        double upper = quantileOfSorted(replicates, (1 + level) / 2);
        return new BootstrapInterval(estimate, lower, upper, level, resamples);
    }

    /** The order statistic at ceil(q n), 1-based. */
    static double quantileOfSorted(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
