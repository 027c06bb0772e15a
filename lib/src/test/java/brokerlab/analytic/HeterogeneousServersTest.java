package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HeterogeneousServersTest {
    @Test
    void equalSpeedsReduceToMMc() {
        var h = new HeterogeneousServers(3.2, 1, 1, 1, 1);
        var m = new MMc(3.2, 1, 4);
        assertEquals(m.meanResponse(), h.meanResponse(), 1e-12);
        assertEquals(m.waitProbability(), h.waitProbability(), 1e-12);
        assertEquals(m.meanWait(), h.meanWait(), 1e-12);
    }

    @Test
    void oneServerIsMM1() {
        assertEquals(1 / (2.0 - 1.5), new HeterogeneousServers(1.5, 2).meanResponse(), 1e-12);
    }

    @Test
    void serversCarryExactlyTheOfferedWork() {
        double[] mu = {3, 1, 0.5};
        var h = new HeterogeneousServers(3.6, mu);
        double carried = 0;
        for (int i = 0; i < mu.length; i++) carried += mu[i] * h.serverUtilization(i);
        assertEquals(3.6, carried, 1e-10, "flow conservation: sum mu_i U_i = lambda");
        for (int i = 0; i < mu.length; i++) assertTrue(h.serverUtilization(i) > 0 && h.serverUtilization(i) < 1);
    }

    @Test
    void twoServersAgreeWithTheThresholdChainAtThresholdOne() {
        // threshold 1 = use the slow server as soon as someone waits = fastest free server (different chain)
        assertEquals(new ThresholdSlowServer(1.2, 1, 0.4, 1).meanResponse(),
                new HeterogeneousServers(1.2, 0.4, 1).meanResponse(), 1e-12);
    }

    @Test
    void rejectsOverload() {
        var e = assertThrows(IllegalArgumentException.class, () -> new HeterogeneousServers(3, 1, 2));
        assertTrue(e.getMessage().contains("unstable") && e.getMessage().contains("serviceRates"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HeterogeneousServers(1, 1, -2)).getMessage().contains("serviceRates[1]"));
    }
}
