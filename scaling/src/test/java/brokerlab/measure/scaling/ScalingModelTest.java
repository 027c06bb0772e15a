package brokerlab.measure.scaling;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScalingModelTest {
    @Test
    void oneUserSeesTheSumOfTheDemandsAndThinks() {
        var m = new ScalingModel(10, 1.0, 2, 0.05, 0);
        // N = 1 meets no queue: R = D_cpu + D_valkey = 1.05 ms, X = 1 / (Z + R) = 1 / 11.05 ms
        assertEquals(1.05, m.response(1), 1e-12);
        assertEquals(1000 / 11.05, m.throughput(1), 1e-9);
    }

    @Test
    void manyUsersSaturateTheTwoCoresWhenTheirDemandDominates() {
        var m = new ScalingModel(5, 1.0, 2, 0.05, 0);
        // D_cpu / c = 0.5 ms > D_valkey = 0.05 ms: the cores are the bottleneck, X_max = 1000 / 0.5 = 2000 per s
        assertEquals("cpu", m.bottleneck());
        assertEquals(2000, m.maxThroughput(), 1e-9);
        assertTrue(m.throughput(200) > 0.99 * 2000 && m.throughput(200) <= 2000);
        // N* = (D + Z) / D_max = (1.05 + 5) / 0.5 = 12.1
        assertEquals(12.1, m.kneeUsers(), 1e-12);
    }

    @Test
    void otherJobsStretchTheCpuDemandByOneOverOneMinusTheirShare() {
        var m = new ScalingModel(5, 1.0, 2, 0.05, 0).withBackground(0.5);
        assertEquals(2.0, m.effectiveCpuDemandMs(), 1e-12);
        assertEquals(1000, m.maxThroughput(), 1e-9);
    }

    @Test
    void aRealClusterStopsScalingWhereValkeySaturates() {
        var m = new ScalingModel(5, 1.0, 2, 0.05, 0);
        // each node gets 1/k of the requests at 0.8 CPU ms on 2 cores: capacity 2k / 0.8 ms; Valkey 1 / 0.05 ms;
        // they meet at k* = 0.8 / (2 x 0.05) = 8 nodes
        assertEquals(8, m.clusterKnee(2, 0.8), 1e-12);
        double x4 = 1000 * m.cluster(4, 2, 0.8, 0.2).solve(400).throughput();
        double x16 = 1000 * m.cluster(16, 2, 0.8, 0.2).solve(400).throughput();
        assertTrue(x4 < 10_000 * 1.001 && x4 > 9_000, "4 nodes: CPU-bound near 2 x 4 / 0.8 ms = 10 000/s, got " + x4);
        assertTrue(x16 < 20_000 * 1.001 && x16 > 18_000, "16 nodes: Valkey-bound near 1 / 0.05 ms = 20 000/s, got " + x16);
    }

    @Test
    void theEnginesSimulationOfTheSameNetworkAgreesWithExactMva() {
        var m = new ScalingModel(5, 1.0, 2, 0.05, 0);
        // one user never queues: X = 1 / (Z + D_cpu + D_valkey) = 1000 / 6.05 per s, whatever the algorithm
        var one = m.simulatedThroughput(1, 20_000, 5, 42);
        assertEquals(1000 / 6.05, one.estimate(), 0.02 * 1000 / 6.05, one::toString);
        // at the knee (N* = 12.1) queues form; exponential demands make the network product-form, so the simulation
        // must land on exact MVA within a couple of per cent
        var knee = m.simulatedThroughput(12, 40_000, 5, 42);
        assertEquals(m.throughput(12), knee.estimate(), 0.02 * m.throughput(12), knee::toString);
        assertEquals(knee, m.simulatedThroughput(12, 40_000, 5, 42), "same seed, same result");
    }

    @Test
    void theSimulationNeedsAThinkTime() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ScalingModel(0, 1.0, 2, 0.05, 0).simulation(4));
        assertTrue(e.getMessage().contains("thinkMs"), e.getMessage());
    }

    @Test
    void badParametersNameThemselves() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScalingModel(5, 0, 2, 0.05, 0))
                .getMessage().contains("cpuDemandMs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScalingModel(5, 1, 2, 0.05, 1))
                .getMessage().contains("background"));
    }
}
