package brokerlab.stats;

import brokerlab.util.Check;

/**
 * Where the initial transient of an output series ends, by MSER-5 (White, "An effective truncation heuristic for
 * bias reduction in simulation output", Simulation 69(6), 1997; Franklin and White, "Stationarity tests and MSER-5:
 * exploring the intuition behind mean-squared-error-reduction in warm-up period determination", Proc. WSC 2008).
 *
 * <p>Observations are averaged in consecutive groups of 5, giving points Z_1..Z_k. For each candidate truncation d
 * the statistic {@code MSER(d) = sum_{j>d} (Z_j - mean_d)^2 / (k - d)^2} is the squared standard error of the
 * truncated mean; it rises when kept points are biased and when too few points are kept. The truncation is the
 * d minimising it over the first half of the series (White's rule: a minimum in the second half means the run is
 * too short to tell, see {@link #reachedLimit()}).
 *
 * <p>Bounded memory: at most {@code maxPoints} points are kept; when full, adjacent pairs are averaged, so each
 * point then covers 10, 20, 40, ... observations (MSER-m with m = 5·2^j, which White's papers treat the same way).
 * The truncation is therefore resolved to one point's worth of observations. The trailing observations that do
 * not fill a point are ignored, as in MSER-5. Mutable, not thread-safe.
 */
public final class WarmupDetector {
    /** Observations per point before any merging: the "5" of MSER-5. */
    public static final int BATCH = 5;
    public static final int DEFAULT_MAX_POINTS = 1000;

    private final double[] points;
    private int size;
    private long pointSize = BATCH;
    private double partialSum;
    private long partialCount;
    private long count;

    public WarmupDetector() {
        this(DEFAULT_MAX_POINTS);
    }

    /** Keeps at most {@code maxPoints} group means (an even number of at least 20). */
    public WarmupDetector(int maxPoints) {
        Check.atLeast("maxPoints", maxPoints, 20);
        if (maxPoints % 2 != 0) throw Check.fail("maxPoints", maxPoints, "it must be even", "pass e.g. 1000");
        this.points = new double[maxPoints];
    }

    public void add(double x) {
        Check.finite("x", x);
        count++;
        partialSum += x;
        if (++partialCount < pointSize) return;
        points[size++] = partialSum / pointSize;
        partialSum = 0;
        partialCount = 0;
        if (size == points.length) {
            for (int i = 0; i < size / 2; i++) points[i] = 0.5 * (points[2 * i] + points[2 * i + 1]);
            size /= 2;
            pointSize *= 2;
        }
    }

    public long count() { return count; }

    /** Observations averaged into each kept point: 5·2^j. */
    public long pointSize() { return pointSize; }

    /** Number of points currently kept. */
    public int points() { return size; }

    /** The MSER-optimal number of leading points to drop. */
    private int bestPoints() {
        if (size < 4) {
            throw Check.fail("observations", count, "MSER-5 needs at least 4 groups of " + pointSize
                    + " observations", "run longer");
        }
        // Suffix Welford from the end, so MSER(d) for every d costs O(k) in total and stays numerically stable.
        double[] mser = new double[size];
        double mean = 0, m2 = 0;
        for (int j = size - 1; j >= 0; j--) {
            int n = size - j;
            double delta = points[j] - mean;
            mean += delta / n;
            m2 += delta * (points[j] - mean);
            mser[j] = m2 / ((double) n * n);
        }
        int best = 0;
        for (int d = 1; d <= size / 2; d++) if (mser[d] < mser[best]) best = d;
        return best;
    }

    /** The number of leading observations to discard (a multiple of {@link #pointSize()}). */
    public long truncationPoint() {
        return bestPoints() * pointSize;
    }

    /**
     * True when the minimum lies at the end of the searched half: the transient may not be over, so the
     * truncation cannot be trusted; run longer (White 1997, Franklin and White 2008).
     */
    public boolean reachedLimit() {
        return bestPoints() == size / 2;
    }

    /** Mean of the observations kept after truncation (excluding the trailing partial group). */
    public double truncatedMean() {
        int d = bestPoints();
        double sum = 0;
        for (int j = d; j < size; j++) sum += points[j];
        return sum / (size - d);
    }

    @Override
    public String toString() {
        return "WarmupDetector(n=" + count + ", points=" + size + " of " + pointSize + ")";
    }
}
