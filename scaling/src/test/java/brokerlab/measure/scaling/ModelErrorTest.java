package brokerlab.measure.scaling;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelErrorTest {
    static ScalingPoint point(int users, double throughput) {
        var x = ConfidenceInterval.single(throughput, 0.95);
        return new ScalingPoint(Protocol.REST, 1, users, 1, x, x, x, x, x, 1, 0.1, 0.05, 0, 0.2, 0.5, 0.1, 0.6, 1, false);
    }

    @Test
    void medianAndMaxAreOfTheAbsoluteRelativeErrors() {
        // the model predicts 100/s everywhere; measured 110, 80, 105 -> errors +0.10, -0.20, +0.05
        var ps = List.of(point(2, 110), point(4, 80), point(8, 105));
        var e = ModelError.of(ps, q -> 100);
        assertEquals(0.10, e.median(), 1e-12);          // sorted |e| = 0.05, 0.10, 0.20
        assertEquals(0.20, e.max(), 1e-12);
        assertSame(ps.get(1), e.worst());
        assertEquals("REST k=1 N=4", e.worstPoint());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwo() {
        // measured 90, 130, 100, 120 against 100 -> |e| sorted 0.0, 0.1, 0.2, 0.3: median (0.1 + 0.2) / 2 = 0.15
        var e = ModelError.of(List.of(point(2, 90), point(4, 130), point(8, 100), point(16, 120)), q -> 100);
        assertEquals(0.15, e.median(), 1e-12);
        assertEquals(0.30, e.max(), 1e-12);
    }

    @Test
    void aTieKeepsTheFirstWorstPoint() {
        var ps = List.of(point(2, 120), point(4, 80));   // both 20% off
        assertSame(ps.get(0), ModelError.of(ps, q -> 100).worst());
    }

    @Test
    void relativeErrorIsMeasuredMinusModelOverModel() {
        assertEquals(-0.25, ModelError.relative(point(2, 75), 100), 1e-12);
    }

    @Test
    void rejectsAnEmptyListByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> ModelError.of(List.of(), q -> 1));
        assertTrue(e.getMessage().contains("points"), e.getMessage());
    }
}
