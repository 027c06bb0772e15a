package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ThresholdSlowServerTest {
    @Test
    void hugeThresholdNeverUsesTheSlowServer() {
        // lambda = 0.5 < mu1 = 1: with threshold 200 the queue almost never reaches it (0.5^200): M/M/1 on the fast server
        var t = new ThresholdSlowServer(0.5, 1, 0.1, 200);
        assertEquals(1 / (1 - 0.5), t.meanResponse(), 1e-9);
        assertEquals(0, t.slowServerUtilization(), 1e-12);
    }

    @Test
    void serversCarryTheOfferedWork() {
        var t = new ThresholdSlowServer(1.1, 1, 0.3, 3);
        assertEquals(1.1, t.fastServerUtilization() + 0.3 * t.slowServerUtilization(), 1e-10);
    }

    @Test
    void aVerySlowServerIsBestKeptForLongQueues() {
        // Lin & Kumar: with mu2 << mu1, sending a job to the slow server at the first wait hurts
        var eager = new ThresholdSlowServer(0.7, 1, 0.05, 1);
        var patient = new ThresholdSlowServer(0.7, 1, 0.05, 6);
        assertTrue(patient.meanResponse() < eager.meanResponse(), patient.meanResponse() + " vs " + eager.meanResponse());
    }

    @Test
    void rejectsSwappedRatesAndBadThreshold() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ThresholdSlowServer(0.5, 1, 2, 1)).getMessage().contains("slowRate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ThresholdSlowServer(0.5, 1, 0.5, 0)).getMessage().contains("threshold"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ThresholdSlowServer(2, 1, 0.5, 1)).getMessage().contains("unstable"));
    }
}
