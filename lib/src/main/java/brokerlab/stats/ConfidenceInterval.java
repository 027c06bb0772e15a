package brokerlab.stats;

import brokerlab.util.Check;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Locale;

/**
 * A two-sided confidence interval {@code estimate ± halfWidth} at the given level, from {@code samples}
 * independent (or batch-mean) observations, using Student's t quantile with samples - 1 degrees of freedom.
 */
public record ConfidenceInterval(double estimate, double halfWidth, double level, long samples) {

    public ConfidenceInterval {
        Check.openUnit("level", level);
    }

    /** The t interval for the mean of i.i.d. observations (at least two). */
    public static ConfidenceInterval of(RunningStats stats, double level) {
        Check.openUnit("level", level);
        if (stats.count() < 2) {
            throw new IllegalArgumentException("samples = " + stats.count()
                    + " is invalid: a confidence interval needs at least 2 replications or batches; run more");
        }
        double t = new TDistribution(stats.count() - 1).inverseCumulativeProbability(0.5 + level / 2);
        double half = t * stats.standardDeviation() / Math.sqrt(stats.count());
        return new ConfidenceInterval(stats.mean(), half, level, stats.count());
    }

    public static ConfidenceInterval of(double[] observations, double level) {
        RunningStats s = new RunningStats();
        for (double x : observations) s.add(x);
        return of(s, level);
    }

    public static ConfidenceInterval ci95(double[] observations) {
        return of(observations, 0.95);
    }

    public double lower() { return estimate - halfWidth; }
    public double upper() { return estimate + halfWidth; }

    public boolean contains(double value) {
        return value >= lower() && value <= upper();
    }

    /** Half-width relative to the estimate: 0.01 means ±1%. */
    public double relativeHalfWidth() {
        return halfWidth / Math.abs(estimate);
    }

    /** Applies a monotone increasing map to both ends (e.g. seconds to milliseconds). */
    public ConfidenceInterval scaled(double factor) {
        return new ConfidenceInterval(estimate * factor, halfWidth * Math.abs(factor), level, samples);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6g ± %.3g (%d%% CI, n=%d)", estimate, halfWidth, Math.round(level * 100), samples);
    }
}
