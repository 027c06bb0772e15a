package brokerlab.stats;

/**
 * Count, mean, variance, min and max of a stream of observations in constant memory
 * (Welford's update, Knuth TAOCP vol. 2, 4.2.2). Mutable and not thread-safe: one per run;
 * combine runs with {@link #merge} (Chan, Golub, LeVeque 1979).
 */
public final class RunningStats {
    private long n;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void add(double x) {
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
        if (x < min) min = x;
        if (x > max) max = x;
    }

    /** Adds another accumulator's observations to this one. */
    public RunningStats merge(RunningStats other) {
        if (other.n == 0) return this;
        if (n == 0) {
            n = other.n; mean = other.mean; m2 = other.m2; min = other.min; max = other.max;
            return this;
        }
        long total = n + other.n;
        double delta = other.mean - mean;
        mean += delta * other.n / total;
        m2 += other.m2 + delta * delta * ((double) n * other.n / total);
        n = total;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    public long count() { return n; }
    /** NaN when empty. */
    public double mean() { return n == 0 ? Double.NaN : mean; }
    /** Unbiased sample variance; NaN with fewer than two observations. */
    public double variance() { return n < 2 ? Double.NaN : m2 / (n - 1); }
    public double standardDeviation() { return Math.sqrt(variance()); }
    public double min() { return min; }
    public double max() { return max; }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "RunningStats(n=%d, mean=%.6g, sd=%.6g, min=%.6g, max=%.6g)",
                n, mean(), standardDeviation(), min, max);
    }
}
