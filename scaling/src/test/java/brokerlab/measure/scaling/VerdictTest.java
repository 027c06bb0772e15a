package brokerlab.measure.scaling;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictTest {
    static ScalingPoint point(int nodes, double lower, double estimate, double upper) {
        var x = new ConfidenceInterval(estimate, lower, upper, 0.95, 3, ConfidenceInterval.T);
        return new ScalingPoint(Protocol.GRPC, nodes, 8, 3, x, x, x, x, x, 1, 0.1, 0.05, 0, 0.2, 0.5, 0.1, 0.6, 1, false);
    }

    @Test
    void overlappingIntervalsAreWithinEachOther() {
        // [90, 110] and [105, 125] share [105, 110]
        assertEquals("within each other's intervals", Verdict.of(point(1, 90, 100, 110), point(3, 105, 115, 125)));
        assertFalse(Verdict.higher(point(1, 90, 100, 110), point(3, 105, 115, 125)));
    }

    @Test
    void separateIntervalsSayWhichWayMoreNodesGo() {
        assertEquals("higher with more nodes", Verdict.of(point(1, 90, 100, 110), point(3, 111, 120, 130)));
        assertTrue(Verdict.higher(point(1, 90, 100, 110), point(3, 111, 120, 130)));
        assertEquals("lower with more nodes", Verdict.of(point(1, 90, 100, 110), point(3, 70, 80, 89)));
    }

    @Test
    void touchingIntervalsOverlap() {
        var a = new ConfidenceInterval(1, 0, 2, 0.95, 3, ConfidenceInterval.T);
        var b = new ConfidenceInterval(3, 2, 4, 0.95, 3, ConfidenceInterval.T);
        assertTrue(Verdict.overlap(a, b) && Verdict.overlap(b, a));
    }

    @Test
    void anIntervalReadsAsEstimateAndBoundsInWholeUnits() {
        assertEquals("1234 [1200, 1269]", Verdict.ci(new ConfidenceInterval(1234.4, 1199.6, 1268.5, 0.95, 3, ConfidenceInterval.T)));
    }
}
