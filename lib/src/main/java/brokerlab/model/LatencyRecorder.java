package brokerlab.model;

import brokerlab.stats.LogLinearSketch;
import brokerlab.util.Check;

/**
 * Percentiles of the waits and responses of one run, recorded on the hot path. A log-linear histogram read
 * straight off the bits of a double: the exponent picks the octave, the top 10 mantissa bits one of 1024
 * sub-buckets, so every bucket spans at most 2^-10 ≈ 0.1% of its values (HdrHistogram's layout, Tene 2012, with
 * three significant digits as in {@code brokerlab.stats.LatencyHistogram}). A percentile is its bucket's midpoint,
 * clamped to the exact maximum: within 0.05% of the sample percentile, exact for a constant.
 *
 * <p>Why not {@code LatencyHistogram} itself: two {@code DoubleHistogram.recordValue} calls measured about 12 ns
 * per customer here, as much as the whole recursion step; this costs about 2 ns (see StationBench), without a
 * data-dependent branch. The tests check both agree to 0.1%. Values below the floor, a power of two at most
 * {@code floor}, are counted as 0 (rounding residues such as a PS response minus its demand). The counts sit in one
 * flat array over the octaves from the zeros to a little above the largest value seen, widened when a value falls
 * outside: 8 KB per octave, about 200 KB for waits spanning 20 octaves above the floor, whatever the run length.
 * One array instead of an array per octave saves a dependent load and a null check per value: the event engine on
 * M/M/4 ran 3-6% faster (two in-process A/B runs, 30 and 40 interleaved pairs of 2 million customers, 2026-12-07).
 */
final class LatencyRecorder {
    private static final int SUB_BITS = 10, SUB = 1 << SUB_BITS, OCTAVES = 100;

    private final int baseExponent;               // biased exponent of the floor; octave 0 holds the zeros
    private long[] buckets;                       // SUB counts per octave, octaves 0 .. span - 1
    private int span;
    private long count;
    private double max;

    LatencyRecorder(double floor) {
        Check.positive("floor", floor);
        this.baseExponent = (int) (Double.doubleToRawLongBits(floor) >>> 52);
        buckets = new long[SUB];
        span = 1;
    }

    /** Records a value >= 0. */
    void record(double value) {
        count++;
        if (value > max) max = value;
        long bits = Double.doubleToRawLongBits(value);
        int octave = Math.min(Math.max((int) (bits >>> 52) - baseExponent + 1, 0), OCTAVES - 1);
        if (octave >= span) widen(octave);
        buckets[octave << SUB_BITS | (int) (bits >>> (52 - SUB_BITS)) & (SUB - 1)]++;
    }

    /**
     * Grows the array to hold octaves 0 .. {@code octave} and a few above it: values creep upwards as a run's maximum
     * grows, and one copy per new octave showed up in profiles (1% of a farm run).
     */
    private void widen(int octave) {
        span = Math.min(OCTAVES, Math.max(octave + 4, span + span / 2));
        buckets = java.util.Arrays.copyOf(buckets, span << SUB_BITS);
    }

    long count() { return count; }

    /** The q-quantile, q in (0, 1): the smallest recorded value with at least q of the values at or below it. NaN when empty. */
    double percentile(double q) {
        Check.openUnit("q", q);
        if (count == 0) return Double.NaN;
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = 0;
        for (int o = 0; o < span; o++) {
            for (int s = 0; s < SUB; s++) {
                seen += buckets[o << SUB_BITS | s];
                if (seen >= rank) return o == 0 ? 0 : Math.min(max, midpoint(o, s));
            }
        }
        return max;
    }

    /**
     * This run's distribution as a compact, mergeable {@link LogLinearSketch} (256 buckets per octave instead of
     * 1024, so at most 0.2% coarser), for pooled percentiles across replications.
     */
    LogLinearSketch sketch() {
        int shift = SUB_BITS - LogLinearSketch.SUB_BITS;
        int n = 0;
        int[] keys = new int[64];
        long[] counts = new long[64];
        long zeros = 0;
        for (int s = 0; s < SUB; s++) zeros += buckets[s];
        for (int o = 1; o < span; o++) {
            int at = o << SUB_BITS;
            for (int s = 0; s < SUB; s += 1 << shift) {
                long sum = 0;
                for (int j = 0; j < 1 << shift; j++) sum += buckets[at + s + j];
                if (sum == 0) continue;
                if (n == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, 2 * n);
                    counts = java.util.Arrays.copyOf(counts, 2 * n);
                }
                keys[n] = ((o - 1 + baseExponent) << LogLinearSketch.SUB_BITS) | (s >> shift);
                counts[n++] = sum;
            }
        }
        double floor = Double.longBitsToDouble((long) baseExponent << 52);
        return LogLinearSketch.of(floor, zeros, java.util.Arrays.copyOf(keys, n), java.util.Arrays.copyOf(counts, n), max);
    }

    private double midpoint(int octave, int sub) {
        long lower = ((long) (octave - 1 + baseExponent) << 52) | ((long) sub << (52 - SUB_BITS));
        double low = Double.longBitsToDouble(lower);
        double high = Double.longBitsToDouble(lower + (1L << (52 - SUB_BITS)));
        return (low + high) / 2;
    }
}
