package brokerlab.stats;

import brokerlab.util.Check;

import java.util.Arrays;

/**
 * A {@link QuantileSketch} on a log-linear grid read off the bits of a double: the exponent picks the octave and
 * the top {@value #SUB_BITS} mantissa bits one of {@value #SUB} equal buckets in it, so a bucket spans at most
 * 2^-8 (0.4%) of its values and a quantile, the bucket's midpoint clamped to the exact maximum, is within 0.2% of
 * the sample quantile. Values below {@code floor} count as 0. Sparse: only non-empty buckets are stored, so a run
 * of any length costs a few thousand entries. Built by the simulation engines from their hot-path recorders;
 * immutable.
 */
public final class LogLinearSketch implements QuantileSketch, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Mantissa bits kept per bucket. */
    public static final int SUB_BITS = 8;
    /** Buckets per octave. */
    public static final int SUB = 1 << SUB_BITS;
    private static final int SHIFT = 52 - SUB_BITS;

    private final double floor;
    private final long zeros;
    private final int[] keys;          // ascending bucket keys: the top 1 + 11 + SUB_BITS bits of the value
    private final long[] cumulative;   // zeros + counts of buckets 0..i
    private final double max;

    private LogLinearSketch(double floor, long zeros, int[] keys, long[] cumulative, double max) {
        this.floor = floor;
        this.zeros = zeros;
        this.keys = keys;
        this.cumulative = cumulative;
        this.max = max;
    }

    /** The bucket key of a value at or above the floor (monotone in the value for non-negative doubles). */
    public static int key(double value) {
        return (int) (Double.doubleToRawLongBits(value) >>> SHIFT);
    }

    /**
     * A sketch from bucket counts.
     *
     * @param floor  values below it were counted as {@code zeros}
     * @param zeros  values below the floor
     * @param keys   bucket keys ({@link #key}), any order, no duplicates
     * @param counts the count of each key
     * @param max    the largest value recorded
     */
    public static LogLinearSketch of(double floor, long zeros, int[] keys, long[] counts, double max) {
        Check.positive("floor", floor);
        Check.atLeast("zeros", zeros, 0L);
        if (keys.length != counts.length) throw Check.fail("counts", counts.length, "one count per key (" + keys.length + ")", null);
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
        int[] k = new int[keys.length];
        long[] cum = new long[keys.length];
        long run = zeros;
        for (int i = 0; i < order.length; i++) {
            k[i] = keys[order[i]];
            if (i > 0 && k[i] == k[i - 1]) throw Check.fail("keys", k[i], "each key must appear once", null);
            Check.atLeast("counts", counts[order[i]], 0L);
            run += counts[order[i]];
            cum[i] = run;
        }
        return new LogLinearSketch(floor, zeros, k, cum, max);
    }

    @Override
    public long count() {
        return keys.length == 0 ? zeros : cumulative[keys.length - 1];
    }

    @Override
    public double cdf(double x) {
        return new Cursor().applyAsDouble(x);
    }

    /**
     * {@link #cdf} that remembers the last bucket it looked up: the points of a bisection soon all fall into one
     * bucket, and the binary search over the keys was most of {@link QuantileSketch#pooledQuantile}'s time (which
     * a percentile bootstrap calls a thousand times per interval). Same arithmetic, so the same values. One per
     * search; not thread-safe.
     */
    final class Cursor implements java.util.function.DoubleUnaryOperator {
        private int lastKey = -1;            // keys of values >= floor > 0 are positive
        private long before, inBucket;       // values in the buckets below lastKey's, and in it
        private boolean stored;              // lastKey's bucket is non-empty

        @Override
        public double applyAsDouble(double x) {
            long n = count();
            if (n == 0) return Double.NaN;
            if (x < 0) return 0;
            if (x >= max) return 1;
            if (x < floor) return (double) zeros / n;
            // buckets wholly at or below x: those with key < key(x); the bucket of x counts in proportion (linear)
            int kx = key(x);
            if (kx != lastKey) {
                int i = Arrays.binarySearch(keys, kx);
                int below = i >= 0 ? i : -i - 1;                  // number of keys < kx
                before = below == 0 ? zeros : cumulative[below - 1];
                stored = i >= 0;
                inBucket = stored ? cumulative[i] - before : 0;
                lastKey = kx;
            }
            long c = before;
            if (stored) {
                double lowEdge = Double.longBitsToDouble((long) kx << SHIFT);
                double highEdge = Double.longBitsToDouble((long) (kx + 1) << SHIFT);
                c += Math.round(inBucket * Math.min(1, (x - lowEdge) / (highEdge - lowEdge)));
            }
            return (double) c / n;
        }
    }

    @Override
    public double quantile(double q) {
        Check.openUnit("q", q);
        long n = count();
        if (n == 0) return Double.NaN;
        long rank = Math.max(1, (long) Math.ceil(q * n));
        if (rank <= zeros) return 0;
        int lo = 0, hi = keys.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= rank) hi = mid; else lo = mid + 1;
        }
        double low = Double.longBitsToDouble((long) keys[lo] << SHIFT);
        double high = Double.longBitsToDouble((long) (keys[lo] + 1) << SHIFT);
        return Math.min(max, (low + high) / 2);
    }

    /** Non-empty buckets stored. */
    public int buckets() {
        return keys.length;
    }

    public double max() {
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogLinearSketch s && s.floor == floor && s.zeros == zeros && s.max == max
                && Arrays.equals(s.keys, keys) && Arrays.equals(s.cumulative, cumulative);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(cumulative);
    }

    @Override
    public String toString() {
        return "LogLinearSketch(" + count() + " values in " + keys.length + " buckets, max " + max + ")";
    }
}
