package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MMcKTest {

    @Test
    void mm1kBlockingMatchesClosedForm() {
        // M/M/1/K: p_K = (1 - rho) rho^K / (1 - rho^{K+1}); rho = 0.9, K = 5.
        double rho = 0.9;
        double expected = (1 - rho) * Math.pow(rho, 5) / (1 - Math.pow(rho, 6));
        assertEquals(expected, new MMcK(0.9, 1, 1, 5).blockingProbability(), 1e-14);
    }

    @Test
    void lossSystemIsErlangB() {
        assertEquals(ErlangB.blockingProbability(10, 5), new MMcK(5, 1, 10, 10).blockingProbability(), 1e-14);
    }

    @Test
    void largeCapacityConvergesToMMc() {
        var k = new MMcK(2.4, 1, 3, 2000);   // rho = 0.8: the mass beyond K is about 0.8^2000
        var c = new MMc(2.4, 1, 3);
        assertEquals(c.meanResponse(), k.meanResponse(), 1e-10);
        assertEquals(c.meanWait(), k.meanWait(), 1e-10);
        assertEquals(c.waitProbability(), k.waitProbability(), 1e-10);
        assertEquals(2.4, k.throughput(), 1e-10);
    }

    @Test
    void overloadIsStableAndLittleHolds() {
        var k = new MMcK(10, 1, 4, 20);   // rho = 2.5: fine with finite room
        double x = k.throughput();
        assertTrue(x < 4 && x > 3.9, "throughput close to capacity c mu = 4: " + x);
        assertEquals(k.meanNumberInSystem(), x * k.meanResponse(), 1e-12);
        assertEquals(k.meanQueueLength(), x * k.meanWait(), 1e-12);
        assertEquals(k.meanNumberInSystem() - k.meanQueueLength(), x / 1.0, 1e-9, "busy servers = X / mu");
    }

    @Test
    void rejectsCapacityBelowServers() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MMcK(1, 1, 4, 3));
        assertTrue(e.getMessage().contains("capacity"), e.getMessage());
    }

    @Test
    void heavyOverloadKeepsTheAdmittedRateToFullPrecision() {
        // c = K = 1, a = 1e6: p_1 = a / (1 + a), admitted rate lambda (1 - p_1) = 1e6 / (1e6 + 1); every admitted job
        // only gets served, so its mean response is 1/mu = 1 exactly (1 - p_1 by subtraction was 6e-11 off)
        var q = new MMcK(1e6, 1, 1, 1);
        assertEquals(1e6 / (1e6 + 1), q.throughput(), 1e-15);
        assertEquals(1.0, q.meanResponse(), 1e-14);
    }
}
