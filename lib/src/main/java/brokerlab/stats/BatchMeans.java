package brokerlab.stats;

import brokerlab.util.Check;

import java.util.Arrays;

/**
 * A confidence interval for the steady-state mean from ONE long run, by non-overlapping batch means, in constant
 * memory. Consecutive observations of a queue are strongly correlated, so the i.i.d. interval
 * {@code s / sqrt(n)} is far too narrow; means of long consecutive batches are nearly independent and normal, and
 * the t interval over them is honest (Law, <i>Simulation Modeling and Analysis</i>, 5th ed., §9.5.3).
 *
 * <p>Batch size is not chosen in advance: at most {@code 2B} batch sums are kept; when all {@code 2B} are full,
 * adjacent pairs are merged into {@code B} batches of twice the size (the doubling scheme of Fishman and Yarberry,
 * "An implementation of the batch means method", INFORMS J. Computing 9(3), 1997). So after any number of
 * observations there are between {@code B} and {@code 2B} complete batches, each of size a power of two, and the
 * batch size grows in proportion to the run length, which is what makes the batch means asymptotically
 * independent. Observations of the trailing, incomplete batch are left out of the interval (but not of {@link #mean()}).
 *
 * <p>Assumes the warm-up has already been discarded (see {@link WarmupDetector}). Mutable, not thread-safe.
 */
public final class BatchMeans {
    /** B = 32: between 32 and 64 batches, the range Schmeiser (Oper. Res. 30, 1982) found sufficient. */
    public static final int DEFAULT_MIN_BATCHES = 32;

    private final int minBatches;
    private final double[] sums;
    private int batches;
    private long batchSize = 1;
    private double partialSum;
    private long partialCount;
    private final RunningStats all = new RunningStats();

    /** Keeps between 32 and 64 batches. */
    public BatchMeans() {
        this(DEFAULT_MIN_BATCHES);
    }

    /** Keeps between {@code minBatches} and {@code 2 * minBatches} batches (at least 2; 10 to 64 is sensible). */
    public BatchMeans(int minBatches) {
        this.minBatches = Check.atLeast("minBatches", minBatches, 2);
        this.sums = new double[2 * minBatches];
    }

    public void add(double x) {
        all.add(x);
        partialSum += x;
        if (++partialCount < batchSize) return;
        sums[batches++] = partialSum;
        partialSum = 0;
        partialCount = 0;
        if (batches == sums.length) {
            for (int i = 0; i < minBatches; i++) sums[i] = sums[2 * i] + sums[2 * i + 1];
            Arrays.fill(sums, minBatches, sums.length, 0.0);
            batches = minBatches;
            batchSize *= 2;
        }
    }

    /** Number of observations added. */
    public long count() { return all.count(); }

    /** Mean of every observation added, including the incomplete last batch; NaN when empty. */
    public double mean() { return all.mean(); }

    /** Number of complete batches (between B and 2B once at least 2B observations were added). */
    public int batches() { return batches; }

    /** Current number of observations per batch: a power of two. */
    public long batchSize() { return batchSize; }

    /** The means of the complete batches, in time order (a copy). */
    public double[] batchMeans() {
        double[] means = new double[batches];
        for (int i = 0; i < batches; i++) means[i] = sums[i] / batchSize;
        return means;
    }

    /**
     * Lag-1 autocorrelation of the batch means: a diagnostic. Values well above ~0.2 say the batches are still too
     * short for the interval to be trusted; run longer.
     */
    public double lag1Autocorrelation() {
        double[] m = batchMeans();
        if (m.length < 3) return Double.NaN;
        double mean = Arrays.stream(m).average().orElseThrow();
        double num = 0, den = 0;
        for (int i = 0; i < m.length; i++) {
            double d = m[i] - mean;
            den += d * d;
            if (i > 0) num += d * (m[i - 1] - mean);
        }
        return den == 0 ? 0.0 : num / den;
    }

    /** The t interval over the complete batch means, with batches - 1 degrees of freedom. */
    public ConfidenceInterval ci(double level) {
        Check.openUnit("level", level);
        if (batches < 2) {
            throw Check.fail("batches", batches, "a batch-means interval needs at least 2 complete batches (it has "
                    + count() + " observations)", "run longer");
        }
        RunningStats s = new RunningStats();
        for (double m : batchMeans()) s.add(m);
        return ConfidenceInterval.of(s, level);
    }

    public ConfidenceInterval ci95() {
        return ci(0.95);
    }

    @Override
    public String toString() {
        return "BatchMeans(n=" + count() + ", batches=" + batches + " of " + batchSize + ", mean=" + mean() + ")";
    }
}
