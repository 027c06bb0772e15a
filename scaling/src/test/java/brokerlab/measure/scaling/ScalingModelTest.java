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
    void aPoolOfOneWorkerServesOneRequestAtATimeLikeAMachineRepairman() {
        var m = new ScalingModel(5, 0.9, 2, 0.1, 0);
        // one worker: one request inside at a time, served in D_cpu + D_valkey = 1 ms; two users thinking 5 ms form
        // M/M/1//2 with S/Z = 0.2: p0 = 1 / (1 + 2 (0.2) + 2 (0.2)^2) = 1 / 1.48, X = (1 - p0) / S per ms
        assertEquals(1000 * (1 - 1 / 1.48), m.throughputWithWorkers(2, 1), 1e-9);
    }

    @Test
    void aWorkerHeldWaitingForValkeyServesFewerRequests() {
        var m = new ScalingModel(5, 0.6, 2, 0.1, 0);
        // one worker held 0.6 ms on the cores, 0.1 ms at Valkey and 0.3 ms more waiting: S = 1 ms, the same
        // M/M/1//2 as above, p0 = 1 / 1.48
        assertEquals(1000 * (1 - 1 / 1.48), m.throughputWithWorkers(2, 1, 0.3), 1e-9);
        assertTrue(m.throughputWithWorkers(24, 4, 0.3) < m.throughputWithWorkers(24, 4, 0));
    }

    @Test
    void aPoolAsLargeAsThePopulationChangesNothingAndASmallOneCapsThroughput() {
        var m = new ScalingModel(5, 1.0, 2, 0.05, 0);
        // flow-equivalence is exact in a product-form network: with no cap the pool model is MVA itself
        assertEquals(m.throughput(24), m.throughputWithWorkers(24, 24), 1e-9 * m.throughput(24));
        assertEquals(m.throughput(24), m.throughputWithWorkers(24, 100), 1e-9 * m.throughput(24));
        // with two workers at most two requests use the two cores, never both the cores and Valkey at once:
        // below the uncapped value, above the one-worker value, and never above X_in(2) of the two stations alone
        double two = m.throughputWithWorkers(24, 2), one = m.throughputWithWorkers(24, 1);
        double inner2 = 1000 * new brokerlab.analytic.network.Mva(m.mva().stations(), 0).solve(2).throughput();
        assertTrue(one < two && two < m.throughput(24) && two <= inner2, one + " < " + two + " < " + m.throughput(24));
        assertEquals(1000 / 1.05, one, 0.01 * 1000 / 1.05, "24 users saturate one worker of 1.05 ms");
    }

    @Test
    void thePoolModelNamesABadWorkerCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ScalingModel(5, 1.0, 2, 0.05, 0).throughputWithWorkers(8, 0));
        assertTrue(e.getMessage().contains("workers"), e.getMessage());
        var hold = assertThrows(IllegalArgumentException.class, () -> new ScalingModel(5, 1.0, 2, 0.05, 0).throughputWithWorkers(8, 4, -1));
        assertTrue(hold.getMessage().contains("holdMs"), hold.getMessage());
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
