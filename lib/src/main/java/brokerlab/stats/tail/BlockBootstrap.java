package brokerlab.stats.tail;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * Moving-block bootstrap (Künsch 1989; Lahiri, <i>Resampling Methods for Dependent Data</i>, 2003, ch. 2) for a
 * quantile of a time-ordered series, such as the response times of one measured run: successive messages that
 * share a busy period have similar responses, so resampling single values ({@link Bootstrap}) would pretend the
 * series holds more information than it does and give too narrow an interval. Here each resample glues together
 * ceil(n / b) blocks of b consecutive values, starting at uniform random positions, and the percentile interval is
 * read from the replicates' quantiles. Correlation shorter than b is kept; b = 1 is the plain bootstrap.
 */
public final class BlockBootstrap {
    private BlockBootstrap() {}

    /**
     * The {@code level} percentile-bootstrap interval of the q-quantile of {@code series} (in time order) from
     * {@code resamples} block resamples of block length {@code block}.
     */
    public static BootstrapInterval percentile(double[] series, double q, int block, int resamples, double level, RandomStream rng) {
        Check.notNull("series", series);
        Check.openUnit("q", q);
        Check.openUnit("level", level);
        Check.atLeast("resamples", resamples, 100);
        Check.notNull("rng", rng);
        int n = series.length;
        if (n < 2) throw Check.fail("sample size", n, "it must be at least 2", "collect more observations");
        Check.atLeast("block", block, 1);
        if (block > n) throw Check.fail("block", block, "it must be at most the series length " + n, "use a shorter block");
        double[] sorted = series.clone();
        Arrays.sort(sorted);
        double estimate = Bootstrap.quantileOfSorted(sorted, q);
        double[] replicates = new double[resamples];
        double[] resample = new double[n];
        int starts = n - block + 1;
        for (int b = 0; b < resamples; b++) {
            for (int filled = 0; filled < n; ) {
                int from = rng.nextInt(starts);
                int take = Math.min(block, n - filled);
                System.arraycopy(series, from, resample, filled, take);
                filled += take;
            }
            Arrays.sort(resample);
            replicates[b] = Bootstrap.quantileOfSorted(resample, q);
        }
        Arrays.sort(replicates);
        return new BootstrapInterval(estimate, Bootstrap.quantileOfSorted(replicates, (1 - level) / 2),
                Bootstrap.quantileOfSorted(replicates, (1 + level) / 2), level, resamples);
    }
}
