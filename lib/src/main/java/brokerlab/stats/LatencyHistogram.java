package brokerlab.stats;

import brokerlab.util.Check;
import org.HdrHistogram.DoubleHistogram;

/**
 * Latency percentiles in bounded memory: an auto-ranging HdrHistogram {@link DoubleHistogram} with three
 * significant decimal digits, so every reported percentile is within 0.1% (relative) of the exact sample
 * percentile whatever the run length. Zero values (jobs that did not wait) are recorded exactly.
 * Mutable, not thread-safe; merge per-replication histograms with {@link #add}.
 */
public final class LatencyHistogram implements QuantileSketch {
    /** Ratio of the largest to the smallest non-zero value tracked without loss of precision. */
    private static final long DYNAMIC_RANGE = 1L << 40;
    private static final int SIGNIFICANT_DIGITS = 3;

    private final DoubleHistogram histogram = new DoubleHistogram(DYNAMIC_RANGE, SIGNIFICANT_DIGITS);

    public void record(double value) {
        if (!(value >= 0) || Double.isInfinite(value))
            throw Check.fail("latency", value, "it must be >= 0 and finite", "record durations, not timestamps");
        histogram.recordValue(value);
    }

    @Override
    public double quantile(double q) {
        return percentile(q);
    }

    @Override
    public double cdf(double x) {
        if (histogram.getTotalCount() == 0) return Double.NaN;
        if (x < 0) return 0;
        return histogram.getPercentileAtOrBelowValue(x) / 100.0;
    }

    /** The q-quantile, q in (0, 1): {@code percentile(0.99)} is p99. NaN when empty. */
    public double percentile(double q) {
        Check.openUnit("q", q);
        if (histogram.getTotalCount() == 0) return Double.NaN;
        return histogram.getValueAtPercentile(q * 100.0);
    }

    @Override
    public long count() { return histogram.getTotalCount(); }

    /** Mean of the recorded values (to histogram precision; use a RunningStats for the exact mean). */
    public double mean() { return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMean(); }

    public double max() { return histogram.getMaxValue(); }

    /** Adds another histogram's counts to this one. */
    public LatencyHistogram add(LatencyHistogram other) {
        histogram.add(other.histogram);
        return this;
    }

    /** Count, mean, p50, p95, p99, p99.9 and max in one record (all NaN when empty). */
    public LatencySummary summary() {
        if (count() == 0) {
            double nan = Double.NaN;
            return new LatencySummary(0, nan, nan, nan, nan, nan, nan);
        }
        return new LatencySummary(count(), mean(), percentile(0.50), percentile(0.95), percentile(0.99),
                percentile(0.999), max());
    }

    public LatencyHistogram copy() {
        return new LatencyHistogram().add(this);
    }
}
