package brokerlab.stats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class LogLinearSketchTest {
    /** A sketch of the given values, built the way the engines build theirs. */
    static LogLinearSketch of(double floor, double... values) {
        java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
        long zeros = 0;
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
            if (v < floor) zeros++; else counts.merge(LogLinearSketch.key(v), 1L, Long::sum);
        }
        return LogLinearSketch.of(floor, zeros, counts.keySet().stream().mapToInt(Integer::intValue).toArray(),
                counts.values().stream().mapToLong(Long::longValue).toArray(), max);
    }

    @Test
    void quantilesAreWithinTheBucketResolutionOfTheSampleQuantiles() {
        // 100,000 standard exponentials: buckets span 2^-8 of their values, so a midpoint is within 0.2%
        Random rng = new Random(1);
        double[] x = new double[100_000];
        for (int i = 0; i < x.length; i++) x[i] = -Math.log(1 - rng.nextDouble());
        LogLinearSketch s = of(1e-9, x);
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        for (double q : new double[]{0.5, 0.9, 0.99, 0.999}) {
            double exact = sorted[(int) Math.ceil(q * x.length) - 1];
            assertEquals(exact, s.quantile(q), 0.002 * exact, "q = " + q);
            assertEquals(q, s.cdf(exact), 2e-4, "cdf at the q-quantile");
        }
        assertEquals(100_000, s.count());
        assertTrue(s.buckets() < 5_000, "sparse: " + s.buckets());
    }

    @Test
    void valuesBelowTheFloorCountAsZeros() {
        LogLinearSketch s = of(1e-3, 0, 0, 0, 1, 2);
        assertEquals(0, s.quantile(0.5));
        assertEquals(0.6, s.cdf(1e-4), 1e-12);
        assertEquals(2, s.quantile(0.99), 0.01);
    }

    @Test
    void thePooledQuantileIsTheQuantileOfTheMergedSample() {
        // Two runs: 0..999 and 1000..2999 (scaled): pooled median of 3,000 values is the 1,500th = 1499
        double[] a = new double[1000], b = new double[2000];
        for (int i = 0; i < a.length; i++) a[i] = i + 1;
        for (int i = 0; i < b.length; i++) b[i] = 1001 + i;
        double pooled = QuantileSketch.pooledQuantile(List.of(of(0.5, a), of(0.5, b)), 0.5);
        assertEquals(1500, pooled, 0.004 * 1500);
    }

    @Test
    void aReusedCursorGivesExactlyTheCdfOfEachPoint() {
        // pooledQuantile evaluates the CDF through one cursor per sketch, which remembers the last bucket: its
        // answers must be cdf's to the bit, wherever the next point lies (same bucket, a neighbour, far away,
        // below the floor, beyond the maximum, on a bucket's edge, empty buckets between stored ones).
        Random rng = new Random(7);
        double[] x = new double[5_000];
        for (int i = 0; i < x.length; i++) x[i] = rng.nextDouble() < 0.1 ? 0 : Math.exp(6 * rng.nextGaussian());
        LogLinearSketch s = of(1e-3, x);
        var cursor = s.new Cursor();
        double lo = 1e-4, hi = 1e4;
        for (int step = 0; step < 20_000; step++) {
            double p = switch (step % 5) {
                case 0 -> 0.5 * (lo + hi);                                     // a bisection closing in
                case 1 -> Math.exp(20 * rng.nextDouble() - 12);                // anywhere, 6e-6 to 3e3
                case 2 -> Double.longBitsToDouble((long) LogLinearSketch.key(1 + rng.nextDouble()) << 44);   // an edge
                case 3 -> rng.nextBoolean() ? -1 : 2 * s.max();
                default -> 1e-3 * rng.nextDouble();                            // below the floor
            };
            if (step % 5 == 0) { if (rng.nextBoolean()) hi = p; else lo = p; }
            if (hi - lo < 1e-9) { lo = 1e-4; hi = 1e4; }
            assertEquals(Double.doubleToRawLongBits(s.cdf(p)), Double.doubleToRawLongBits(cursor.applyAsDouble(p)), "at " + p);
        }
    }

    @Test
    void equalSketchesAreEqual() {
        assertEquals(of(1e-3, 1, 2, 3), of(1e-3, 3, 2, 1));
        assertNotEquals(of(1e-3, 1, 2, 3), of(1e-3, 1, 2, 4));
    }
}
