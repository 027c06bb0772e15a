package brokerlab.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ConfidenceIntervalTest {

    // {1, 2, 3}: mean 2, s = 1, t(0.975, 2) = 4.302652729911275, half-width t s / sqrt 3 = 2.4841377118...
    private static final double HALF = 4.302652729911275 / Math.sqrt(3);

    @Test
    void tIntervalOfThreeObservationsMatchesTheTable() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[]{1, 2, 3}, 0.95);
        assertEquals(2, ci.estimate(), 1e-15);
        assertEquals(HALF, ci.halfWidth(), 1e-9);   // commons-math inverts t to about 1e-10
    }

    @Test
    void tinyAndHugeMagnitudesKeepAnHonestHalfWidth() {
        // the same observations times 1e-300 and 1e300: squares of 1e-300 underflow to 0 and of 1e300 overflow, so
        // an unscaled variance gave half-widths of exactly 0 and of infinity; the interval must scale with the data
        for (double scale : new double[]{1e-300, 1e-200, 1e200, 1e300}) {
            ConfidenceInterval ci = ConfidenceInterval.of(new double[]{scale, 2 * scale, 3 * scale}, 0.95);
            assertEquals(2 * scale, ci.estimate(), 1e-12 * scale, "estimate at " + scale);
            assertEquals(HALF * scale, ci.halfWidth(), 1e-9 * scale, "half-width at " + scale);
            assertEquals(ConfidenceInterval.of(new double[]{1, 2, 3}, 0.95).halfWidth() * scale, ci.halfWidth(), 1e-14 * scale);
        }
    }

    @Test
    void identicalObservationsHaveNoSpreadAtAnyMagnitude() {
        assertEquals(0, ConfidenceInterval.of(new double[]{1e-300, 1e-300}, 0.95).halfWidth(), 0);
    }
}
