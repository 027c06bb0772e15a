package brokerlab.stats;

import brokerlab.util.Check;
import org.apache.commons.math3.distribution.BinomialDistribution;

import java.util.Arrays;
import java.util.Locale;

/**
 * A distribution-free confidence interval for the median of i.i.d. observations (for example one value per
 * independent replication), from order statistics: with x(1) &lt;= ... &lt;= x(n), the interval [x(k), x(n+1-k)]
 * covers the true median with probability at least 1 − 2 P(Bin(n, 1/2) &lt;= k − 1), whatever the distribution
 * (Conover, <i>Practical Nonparametric Statistics</i>, 3rd ed., 1999, §3.2; Hahn &amp; Meeker, <i>Statistical
 * Intervals</i>, 1991, §5.2). The largest k whose coverage still reaches {@code level} is used, so the achieved
 * {@link #coverage()} is at or above the level (a discrete distribution cannot hit it exactly).
 *
 * <p>Why it exists: with infinite variance (heavy-tailed service, Scheller-Wolf 2003) the Student-t interval over
 * replication means is not honest, because the central limit theorem does not apply. The median of the
 * per-replication values needs no moment at all. Note what it estimates: the median of a replication's
 * estimate, which for a mean with infinite variance lies below the true mean.
 *
 * @param median   the sample median (mean of the two middle values when n is even)
 * @param lower    x(k)
 * @param upper    x(n+1-k)
 * @param coverage the exact distribution-free coverage 1 − 2 P(Bin(n, 1/2) &lt;= k − 1) of [lower, upper]
 * @param samples  n
 */
public record MedianInterval(double median, double lower, double upper, double coverage, int samples) {

    public MedianInterval {
        Check.atLeast("samples", samples, 1);
        Check.probability("coverage", coverage);
    }

    /**
     * The order-statistic interval reaching at least {@code level}. Needs n &gt;= 6 for level 0.95 (with n = 5 even
     * [min, max] covers only 1 − 2/32 = 93.75%); the message says so.
     */
    public static MedianInterval of(double[] observations, double level) {
        Check.notNull("observations", observations);
        Check.openUnit("level", level);
        int n = observations.length;
        double[] x = observations.clone();
        for (double v : x) Check.finite("observation", v);
        Arrays.sort(x);
        BinomialDistribution b = n > 0 ? new BinomialDistribution(null, n, 0.5) : null;
        int k = 0;                                          // largest k with 1 − 2 P(B <= k−1) >= level
        while (b != null && k + 1 <= (n + 1) / 2 && 1 - 2 * b.cumulativeProbability(k) >= level) k++;
        if (k == 0) {
            throw Check.fail("observations", n + " values", "a distribution-free " + level + " interval for the median needs"
                    + " [min, max] to cover with probability 1 − 2^(1−n) >= " + level, "use more replications");
        }
        double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        double coverage = 1 - 2 * b.cumulativeProbability(k - 1);
        return new MedianInterval(median, x[k - 1], x[n - k], coverage, n);
    }

    /** True when n observations are enough for a distribution-free interval at {@code level}: [min, max] covers with 1 − 2^(1−n). */
    public static boolean reaches(int n, double level) {
        Check.openUnit("level", level);
        return n >= 2 && 1 - Math.pow(2, 1 - n) >= level;
    }

    public static MedianInterval ci95(double[] observations) {
        return of(observations, 0.95);
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** The same interval with every value multiplied by {@code factor} (&gt; 0), e.g. to express it as a ratio. */
    public MedianInterval scaled(double factor) {
        Check.positive("factor", factor);
        return new MedianInterval(median * factor, lower * factor, upper * factor, coverage, samples);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.6g [%.6g, %.6g] (distribution-free, %.1f%% coverage, n=%d)",
                median, lower, upper, 100 * coverage, samples);
    }
}
