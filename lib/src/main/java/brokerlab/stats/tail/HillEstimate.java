package brokerlab.stats.tail;

import java.util.Locale;

/**
 * The Hill estimate of the tail index from the {@code k} largest of {@code n} observations, with an asymptotic
 * two-sided confidence interval at {@code level}; {@code threshold} is the (k+1)-th largest value, above which
 * the tail is assumed to be Pareto.
 */
public record HillEstimate(int k, int n, double threshold, double alpha, double lower, double upper, double level) {
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** xi = 1/alpha, the shape in extreme-value notation. */
    public double xi() {
        return 1.0 / alpha;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "alpha = %.3f [%.3f, %.3f] (%d%% CI, k = %d of n = %d, threshold %.4g)",
                alpha, lower, upper, Math.round(level * 100), k, n, threshold);
    }
}
