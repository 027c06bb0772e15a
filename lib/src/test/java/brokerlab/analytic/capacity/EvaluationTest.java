package brokerlab.analytic.capacity;

import brokerlab.analytic.Estimate;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class EvaluationTest {
    @Test
    void analyticValueIsComparedDirectly() {
        assertTrue(Evaluation.of(Estimate.of(1.0, "exact")).meets(1.0));
        assertFalse(Evaluation.of(Estimate.of(1.01, "exact")).meets(1.0));
    }

    @Test
    void simulatedValueIsComparedByItsUpperLimit() {
        var e = Evaluation.simulated(new ConfidenceInterval(0.9, 0.2, 0.95, 20), "sim");
        assertFalse(e.meets(1.0), "0.9 + 0.2 = 1.1 > 1.0");
        assertTrue(e.meets(1.1));
    }

    @Test
    void infiniteNeverMeets() {
        assertFalse(Evaluation.of(Estimate.infinite("m", "unstable")).meets(Double.MAX_VALUE));
    }
}
