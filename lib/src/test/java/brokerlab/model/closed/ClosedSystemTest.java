package brokerlab.model.closed;

import brokerlab.dist.Exponential;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ClosedSystemTest {
    private final ClosedSystem sys = ClosedSystem.of(Exponential.ofMean(5), 3, 2, Exponential.ofMean(0.6), 1, Exponential.ofMean(0.15));

    @Test
    void demandsFollowFromTheTiers() {
        // D = 0.6 + 0.15; per-server demand: app 0.6 / (3 x 2) = 0.1, backend 0.15 / 1: the backend is the bottleneck;
        // with one app node its per-server demand is 0.6 / 2 = 0.3 and the app tier becomes the bottleneck
        assertEquals(0.75, sys.totalDemand(), 1e-12);
        assertEquals(0.15, sys.bottleneckDemand(), 1e-12);
        assertEquals(0.3, sys.withAppNodes(1).bottleneckDemand(), 1e-12);
    }

    @Test
    void optionsAreOffByDefaultAndSetByWithers() {
        assertFalse(sys.hasCircuitBreaker());
        assertNull(sys.polling());
        assertEquals(LoadBalancer.ROUND_ROBIN, sys.balancer());
        assertTrue(sys.withCircuitBreaker(5).hasCircuitBreaker());
        assertEquals(3.0, sys.withPolling(0.5, 6).polling().timeout(), 1e-12);
    }

    @Test
    void rejectsBadParametersByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sys.withAppNodes(0)).getMessage().startsWith("appNodes = 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sys.withCircuitBreaker(-1)).getMessage().startsWith("maxAppQueue = -1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sys.withPolling(0, 3)).getMessage().startsWith("interval = 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sys.withPolling(1, 0)).getMessage().startsWith("maxPolls = 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClientSchedule.staircase(10)).getMessage().startsWith("clients"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClientSchedule.staircase(10, 3, -1)).getMessage().startsWith("clients = -1"));
    }
}
