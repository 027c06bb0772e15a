package brokerlab.stats;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class MedianIntervalTest {

    @Test
    void eightReplicationsGiveTheMinMaxIntervalWithCoverage1Minus2To7() {
        // n = 8: P(B <= 0) = 1/256 = 0.0039 (1 − 2/256 = 0.992 >= 0.95), P(B <= 1) = 9/256 = 0.035 (0.93 < 0.95): k = 1.
        double[] x = {5, 1, 7, 3, 8, 2, 6, 4};
        var m = MedianInterval.ci95(x);
        assertEquals(4.5, m.median(), 0);
        assertEquals(1, m.lower(), 0);
        assertEquals(8, m.upper(), 0);
        assertEquals(1 - 2.0 / 256, m.coverage(), 1e-12);
    }

    @Test
    void twentyReplicationsUseTheSixthAndFifteenthOrderStatistics() {
        // n = 20: P(B <= 5) = (1+20+190+1140+4845+15504)/2^20 = 21700/1048576 = 0.0207 -> coverage 0.9586 >= 0.95;
        // P(B <= 6) = (21700+38760)/2^20 = 0.0577 -> 0.885 < 0.95. So k = 6: [x(6), x(15)].
        double[] x = new double[20];
        for (int i = 0; i < 20; i++) x[i] = 20 - i;          // values 1..20, reversed
        var m = MedianInterval.ci95(x);
        assertEquals(6, m.lower(), 0);
        assertEquals(15, m.upper(), 0);
        assertEquals(10.5, m.median(), 0);
        assertEquals(1 - 2 * 21700.0 / 1048576, m.coverage(), 1e-12);
    }

    @Test
    void coversTheMedianOfACauchyAtLeastAsOftenAsPromised() {
        // Cauchy has no mean: t intervals fail, the order-statistic interval needs nothing. True median 0.
        // n = 11: k = 2 (P(B <= 1) = 12/2048, coverage 0.98828; P(B <= 2) = 67/2048, 0.9346 < 0.95).
        // 2000 trials: expected misses 2000 * 0.0117 = 23.4, sd 4.8; fail only above 23.4 + 5 sd = 47.
        SplittableRandom rng = new SplittableRandom(2024);
        int misses = 0;
        for (int t = 0; t < 2000; t++) {
            double[] x = new double[11];
            for (int i = 0; i < 11; i++) x[i] = Math.tan(Math.PI * (rng.nextDouble() - 0.5));
            var m = MedianInterval.ci95(x);
            assertEquals(1 - 2 * 12.0 / 2048, m.coverage(), 1e-12);
            if (!m.contains(0)) misses++;
        }
        assertTrue(misses <= 47, "misses " + misses);
    }

    @Test
    void scalingMultipliesEveryValueAndKeepsTheCoverage() {
        var m = MedianInterval.ci95(new double[]{1, 2, 3, 4, 5, 6}).scaled(10);
        // n = 6: only k = 1 reaches 0.95 (1 − 2/64 = 0.96875).
        assertEquals(35, m.median(), 1e-12);
        assertEquals(10, m.lower(), 1e-12);
        assertEquals(60, m.upper(), 1e-12);
        assertEquals(1 - 2.0 / 64, m.coverage(), 1e-12);
    }

    @Test
    void rejectsTooFewObservationsAndNonFiniteValues() {
        var few = assertThrows(IllegalArgumentException.class, () -> MedianInterval.ci95(new double[]{1, 2, 3, 4, 5}));
        assertTrue(few.getMessage().contains("observations"), few.getMessage());
        var nan = assertThrows(IllegalArgumentException.class, () -> MedianInterval.ci95(new double[]{1, 2, 3, 4, 5, Double.NaN}));
        assertTrue(nan.getMessage().contains("observation"), nan.getMessage());
        var level = assertThrows(IllegalArgumentException.class, () -> MedianInterval.of(new double[]{1, 2, 3, 4, 5, 6}, 1.0));
        assertTrue(level.getMessage().contains("level"), level.getMessage());
    }
}
