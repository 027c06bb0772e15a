package brokerlab.measure.scaling;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScalingResultTest {
    static ScalingPoint point(int nodes, int users, double throughput, double nodeCpu, double jitCpu, double valkeyWait) {
        var x = ConfidenceInterval.single(throughput, 0.95);
        return new ScalingPoint(Protocol.REST, nodes, users, 1, x, x, x, x, x, nodeCpu, 0.1, 0.05, jitCpu, valkeyWait,
                0.5, 0.1, 0.6, 1, false);
    }

    @Test
    void theFirstVersionWeighsCpuWithTheCompilerByThroughput() {
        // 100/s at (0.9 + 0.1 + 0.05) + 0.5 jit = 1.55 ms, 300/s at (0.7 + 0.1 + 0.05) + 0.1 = 0.95 ms:
        // (100 x 1.55 + 300 x 0.95) / 400 = 1.1 ms
        var r = new ScalingResult(List.of(point(1, 2, 100, 0.9, 0.5, 0), point(1, 8, 300, 0.7, 0.1, 0)), null, 5, 2, null);
        var m = r.firstVersionModel(Protocol.REST, 1);
        assertEquals(1.1, m.cpuDemandMs(), 1e-12);
        assertEquals(0.05, m.valkeyDemandMs(), 1e-12);
    }

    @Test
    void aPoolWithAWorkerPerUserCostsNothingAndAFewerWorkersCostSome() {
        var few = point(1, 32, 1000, 0.9, 0, 0.3);
        var r = new ScalingResult(List.of(few), null, 5, 2, null);
        assertEquals(0, r.poolCut(few, 32), 1e-12);      // k W = N: the cap never binds
        double cut = r.poolCut(few, 1);                  // one worker: every request waits for the single thread
        // one worker serves at most 1 / (D_cpu + D_valkey + wait) = 1 / (1.05 + 0.05 + 0.3) ms, far below 2 cores / 1.05 ms
        assertTrue(cut > 0.5 && cut < 1, "cut " + cut);
    }

    @Test
    void littlesLawCountsTheThreadsWaitingForValkey() {
        // 2000 requests/s x 0.5 ms = 1 thread waiting on average
        assertEquals(1.0, point(1, 8, 2000, 0.9, 0, 0.5).valkeyWaiting(), 1e-12);
    }
}
