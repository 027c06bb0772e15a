package brokerlab.stats;

import java.util.Locale;

/**
 * The usual latency report of one histogram: count, mean and the percentiles a service-level objective is written
 * in. Values are to the histogram's precision (3 significant digits, see {@link LatencyHistogram}); all NaN when
 * the histogram is empty.
 */
public record LatencySummary(long count, double mean, double p50, double p95, double p99, double p999, double max) {

    /** Multiplies every time by {@code factor} (e.g. 1000 for seconds to milliseconds). */
    public LatencySummary scaled(double factor) {
        return new LatencySummary(count, mean * factor, p50 * factor, p95 * factor, p99 * factor, p999 * factor,
                max * factor);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d mean=%.4g p50=%.4g p95=%.4g p99=%.4g p99.9=%.4g max=%.4g",
                count, mean, p50, p95, p99, p999, max);
    }
}
