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
 * {@code floor}, are counted as 0 (rounding residues such as a PS response minus its demand); octaves are
 * allocated when first used, so memory is a few KB per run. One flat array over all octaves up to the largest value
 * (no array per octave) recorded 3-6% faster on long runs but made runs of 1,000 customers 60% slower, allocating
 * and zeroing octaves they never use (in-process A/B, 2026-12-07): not kept.
 */
final class LatencyRecorder {
    private static final int SUB_BITS = 10, SUB = 1 << SUB_BITS, OCTAVES = 100;

    private final int baseExponent;               // biased exponent of the floor; octave 0 holds the zeros
    private final long[][] octaves = new long[OCTAVES][];
    private long count;
    private double max;

    LatencyRecorder(double floor) {
        Check.positive("floor", floor);
        this.baseExponent = (int) (Double.doubleToRawLongBits(floor) >>> 52);
        octaves[0] = new long[SUB];
    }

    /** Records a value >= 0. */
    void record(double value) {
        count++;
        if (value > max) max = value;
        long bits = Double.doubleToRawLongBits(value);
        int octave = Math.min(Math.max((int) (bits >>> 52) - baseExponent + 1, 0), OCTAVES - 1);
        long[] counts = octaves[octave];
        if (counts == null) counts = octaves[octave] = new long[SUB];
        counts[(int) (bits >>> (52 - SUB_BITS)) & (SUB - 1)]++;
    }

    long count() { return count; }

    /** The q-quantile, q in (0, 1): the smallest recorded value with at least q of the values at or below it. NaN when empty. */
    double percentile(double q) {
        return percentiles(q)[0];
    }

    /**
     * The quantiles at ascending levels {@code qs}, each as {@link #percentile} gives it, in one pass over the
     * counts: a run's summary asks for four of the waits and four of the responses, and eight passes over the
     * octaves cost as much as simulating a short replication.
     */
    double[] percentiles(double... qs) {
        double[] out = new double[qs.length];
        for (int j = 0; j < qs.length; j++) {
            Check.openUnit("q", qs[j]);
            if (j > 0 && qs[j] < qs[j - 1]) throw Check.fail("qs", qs[j], "levels in ascending order", null);
        }
        if (count == 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        int j = 0;
        long rank = Math.max(1, (long) Math.ceil(qs[0] * count));
        long seen = 0;
        for (int o = 0; o < OCTAVES && j < qs.length; o++) {
            long[] counts = octaves[o];
            if (counts == null) continue;
            for (int s = 0; s < SUB && j < qs.length; s++) {
                seen += counts[s];
                while (j < qs.length && seen >= rank) {
                    out[j++] = o == 0 ? 0 : Math.min(max, midpoint(o, s));   // octave 0 holds the zeros
                    if (j < qs.length) rank = Math.max(1, (long) Math.ceil(qs[j] * count));
                }
            }
        }
        for (; j < qs.length; j++) out[j] = max;
        return out;
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
        for (long z : octaves[0]) zeros += z;
        for (int o = 1; o < OCTAVES; o++) {
            long[] c = octaves[o];
            if (c == null) continue;
            for (int s = 0; s < SUB; s += 1 << shift) {
                long sum = 0;
                for (int j = 0; j < 1 << shift; j++) sum += c[s + j];
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
