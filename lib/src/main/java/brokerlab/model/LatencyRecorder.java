package brokerlab.model;

import brokerlab.util.Check;

/**
 * Percentiles of the waits and responses of one run, recorded on the hot path. A log-linear histogram read
 * straight off the bits of a double: the exponent picks the octave, the top 10 mantissa bits one of 1024
 * sub-buckets, so every bucket spans at most 2^-10 ≈ 0.1% of its values (HdrHistogram's layout, Tene 2012, with
 * three significant digits as in {@code brokerlab.stats.LatencyHistogram}). Percentiles are bucket midpoints
 * clamped to the exact minimum and maximum: within 0.05% of the sample percentile.
 *
 * <p>Why not {@code LatencyHistogram} itself: two {@code DoubleHistogram.recordValue} calls measured about 12 ns
 * per customer here, as much as the whole recursion step; this costs about 2 ns (see StationBench). The tests
 * check both agree to 0.1%. Values below {@code floor} are counted as 0 (rounding residues such as a PS response
 * minus its demand); octaves are allocated when first used, so memory is a few KB per run.
 */
final class LatencyRecorder {
    private static final int SUB_BITS = 10, SUB = 1 << SUB_BITS, OCTAVES = 100;

    private final double floor;
    private final int baseExponent;               // biased exponent of floor
    private final long[][] octaves = new long[OCTAVES][];
    private long zeros, count;
    private double min = Double.POSITIVE_INFINITY, max;

    LatencyRecorder(double floor) {
        this.floor = Check.positive("floor", floor);
        this.baseExponent = (int) (Double.doubleToRawLongBits(floor) >>> 52);
    }

    void record(double value) {
        count++;
        if (value < floor) {
            zeros++;
            return;
        }
        if (value > max) max = value;
        if (value < min) min = value;
        long bits = Double.doubleToRawLongBits(value);
        int octave = Math.min((int) (bits >>> 52) - baseExponent, OCTAVES - 1);
        long[] counts = octaves[octave];
        if (counts == null) counts = octaves[octave] = new long[SUB];
        counts[(int) (bits >>> (52 - SUB_BITS)) & (SUB - 1)]++;
    }

    long count() { return count; }

    /** The q-quantile, q in (0, 1): the smallest recorded value with at least q of the values at or below it. NaN when empty. */
    double percentile(double q) {
        Check.openUnit("q", q);
        if (count == 0) return Double.NaN;
        long rank = Math.max(1, (long) Math.ceil(q * count));
        if (rank <= zeros) return 0;
        long seen = zeros;
        for (int o = 0; o < OCTAVES; o++) {
            long[] counts = octaves[o];
            if (counts == null) continue;
            for (int s = 0; s < SUB; s++) {
                seen += counts[s];
                if (seen >= rank) return Math.max(min, Math.min(max, midpoint(o, s)));
            }
        }
        return max;
    }

    private double midpoint(int octave, int sub) {
        long lower = ((long) (octave + baseExponent) << 52) | ((long) sub << (52 - SUB_BITS));
        double low = Double.longBitsToDouble(lower);
        double high = Double.longBitsToDouble(lower + (1L << (52 - SUB_BITS)));
        return (low + high) / 2;
    }
}
