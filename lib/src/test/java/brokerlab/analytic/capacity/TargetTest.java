package brokerlab.analytic.capacity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TargetTest {
    @Test
    void thresholdIsTheBoundOfEachTarget() {
        assertEquals(0.2, new Target.MeanResponseAtMost(0.2).threshold());
        assertEquals(0.5, new Target.ResponsePercentileAtMost(0.99, 0.5).threshold());
        assertEquals(0.1, new Target.WaitProbabilityAtMost(0.1).threshold());
        assertEquals(0.01, new Target.RejectionProbabilityAtMost(0.01, 50).threshold());
        assertTrue(new Target.ResponsePercentileAtMost(0.99, 0.5).describe().contains("p99"));
    }

    @Test
    void badInputNamesTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Target.MeanResponseAtMost(-1)).getMessage().contains("seconds"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Target.ResponsePercentileAtMost(0, 1)).getMessage().contains("q"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Target.WaitProbabilityAtMost(1)).getMessage().contains("probability"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Target.RejectionProbabilityAtMost(0.1, 0)).getMessage().contains("capacity"));
    }
}
