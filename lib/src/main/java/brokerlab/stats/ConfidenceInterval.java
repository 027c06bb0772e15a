package brokerlab.stats;

import brokerlab.util.Check;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Locale;

/**
 * A two-sided confidence interval [lower, upper] around a point estimate, at the given level, from {@code samples}
 * independent (or batch-mean) observations, and the {@code method} that produced it. The usual one is the
 * Student-t interval {@code estimate ± halfWidth} ({@link #of(RunningStats, double)}, method {@value #T}); where
 * the observations may have infinite variance the median with a distribution-free order-statistic interval
 * ({@link #median(double[], double)}, method {@value #MEDIAN}) is the honest one, and it need not be symmetric.
 *
 * <p>A single observation gives a point with no interval: lower = upper = NaN, method {@value #SINGLE}.
 *
 * @param method {@value #T}, {@value #MEDIAN}, {@value #SINGLE}, or a description of another method
 */
public record ConfidenceInterval(double estimate, double lower, double upper, double level, long samples, String method) {
    /** Student-t interval over i.i.d. observations (replications or batch means). */
    public static final String T = "t";
    /** Median of the observations with a distribution-free order-statistic interval ({@link MedianInterval}). */
    public static final String MEDIAN = "median";
    /** One observation: a point, no interval. */
    public static final String SINGLE = "single";

    public ConfidenceInterval {
        Check.openUnit("level", level);
        Check.notNull("method", method);
        Check.atLeast("samples", samples, 0L);
    }

    /** The symmetric interval {@code estimate ± halfWidth}, method {@value #T}. */
    public ConfidenceInterval(double estimate, double halfWidth, double level, long samples) {
        this(estimate, estimate - halfWidth, estimate + halfWidth, level, samples, T);
    }

    /** The t interval for the mean of i.i.d. observations (at least two). */
    public static ConfidenceInterval of(RunningStats stats, double level) {
        Check.openUnit("level", level);
        if (stats.count() < 2) {
            throw new IllegalArgumentException("samples = " + stats.count()
                    + " is invalid: a confidence interval needs at least 2 replications or batches; run more");
        }
        double half;
        if (stats.standardDeviation() == 0) {
            half = 0;    // identical observations (e.g. a deterministic model): no spread to widen by t
        } else {
            double t = new TDistribution(stats.count() - 1).inverseCumulativeProbability(0.5 + level / 2);
            half = t * stats.standardDeviation() / Math.sqrt(stats.count());
        }
        return new ConfidenceInterval(stats.mean(), half, level, stats.count());
    }

    /**
     * The t interval of observations. Values of extreme magnitude (times of 1e-300 from rates of 1e300) are scaled
     * by a power of two before the variance is formed, whose squares would otherwise underflow to a half-width of
     * exactly 0 (or overflow to infinity), and scaled back after: exact, since scaling by 2^k only moves exponents.
     */
    public static ConfidenceInterval of(double[] observations, double level) {
        double largest = 0;
        for (double x : observations) if (Double.isFinite(x)) largest = Math.max(largest, Math.abs(x));
        int shift = largest > 0 && (largest < 1e-100 || largest > 1e100) ? -Math.getExponent(largest) : 0;
        RunningStats s = new RunningStats();
        for (double x : observations) s.add(Math.scalb(x, shift));
        ConfidenceInterval scaled = of(s, level);
        if (shift == 0) return scaled;
        return new ConfidenceInterval(Math.scalb(scaled.estimate(), -shift), Math.scalb(scaled.halfWidth(), -shift), level, scaled.samples());
    }

    public static ConfidenceInterval ci95(double[] observations) {
        return of(observations, 0.95);
    }

    /**
     * The median of the observations with the distribution-free order-statistic interval of {@link MedianInterval}
     * (its achieved coverage, at least {@code level}, is recorded as the level). Needs n &gt;= 6 at level 0.95.
     */
    public static ConfidenceInterval median(double[] observations, double level) {
        MedianInterval m = MedianInterval.of(observations, level);
        return new ConfidenceInterval(m.median(), m.lower(), m.upper(), Math.min(m.coverage(), Math.nextDown(1.0)), m.samples(), MEDIAN);
    }

    /** One observation: the point, no interval. */
    public static ConfidenceInterval single(double value, double level) {
        return new ConfidenceInterval(value, Double.NaN, Double.NaN, level, 1, SINGLE);
    }

    /** Half the interval's width; for a t interval, the usual ± value. NaN without an interval. */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    public boolean hasInterval() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    public boolean isSymmetric() {
        return T.equals(method);
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Half-width relative to the estimate: 0.01 means ±1%. */
    public double relativeHalfWidth() {
        return halfWidth() / Math.abs(estimate);
    }

    /** Every value multiplied by {@code factor} (e.g. seconds to milliseconds, or a value to a ratio). */
    public ConfidenceInterval scaled(double factor) {
        double a = lower * factor, b = upper * factor;
        return new ConfidenceInterval(estimate * factor, Math.min(a, b), Math.max(a, b), level, samples, method);
    }

    @Override
    public String toString() {
        if (!hasInterval()) return String.format(Locale.ROOT, "%.6g (%s run, no interval)", estimate, samples == 1 ? "one" : "no");
        if (isSymmetric()) {
            return String.format(Locale.ROOT, "%.6g ± %.3g (%d%% CI, n=%d)", estimate, halfWidth(), Math.round(level * 100), samples);
        }
        return String.format(Locale.ROOT, "%.6g [%.6g, %.6g] (%s, %.1f%% CI, n=%d)", estimate, lower, upper, method, 100 * level, samples);
    }
}
