package brokerlab.protocol.quorum;

import brokerlab.protocol.net.FaultPlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class QuorumSweepTest {
    @Test
    void oneRowPerScenarioAndConfigAgreeingWithTheRunsItSummarises() {
        var calm = QuorumScenario.of("calm", QuorumWorkload.of(4, 2, 800));
        var cut = calm.named("cut").faults(FaultPlan.none().partition(200, 600, 0));
        var configs = List.of(QuorumConfig.of(4, 3, 1, 1), QuorumConfig.of(4, 3, 2, 2));
        var t = QuorumSweep.table(List.of(calm, cut), configs, 2, 5);
        assertEquals(4, t.rowCount());
        assertEquals(List.of("calm", "calm", "cut", "cut"), t.stringColumn("scenario").asList());
        assertEquals(List.of("R+W<=N", "R+W>N", "R+W<=N", "R+W>N"), t.stringColumn("overlap").asList());
        // the last row by hand: mean availability of replications 0 and 1 of seed 5
        double a0 = cut.run(configs.get(1), 5, 0).availability(), a1 = cut.run(configs.get(1), 5, 1).availability();
        assertEquals((a0 + a1) / 2, t.doubleColumn("availability").get(3), 1e-12);
        assertTrue(Double.isNaN(t.doubleColumn("availability_partition").getDouble(0)), "no partition, no partition availability");
        assertFalse(Double.isNaN(t.doubleColumn("availability_partition").getDouble(3)));
    }
}
