package brokerlab.stats.tail;

import java.util.Locale;

/** A percentile-bootstrap interval: not symmetric around the estimate, as high percentiles usually are not. */
public record BootstrapInterval(double estimate, double lower, double upper, double level, int resamples) {
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6g [%.6g, %.6g] (%d%% bootstrap CI, %d resamples)",
                estimate, lower, upper, Math.round(level * 100), resamples);
    }
}
