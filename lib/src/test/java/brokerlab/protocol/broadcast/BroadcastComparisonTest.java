package brokerlab.protocol.broadcast;

import brokerlab.protocol.net.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BroadcastComparisonTest {
    @Test
    void oneRowPerOrderSummingItsRuns() {
        var cfg = BroadcastConfig.of(500);
        var t = BroadcastComparison.table(cfg, Topology.ONE_DATACENTRE, 2, 7);
        assertEquals(List.of("UNORDERED", "FIFO", "CAUSAL"), t.stringColumn("order").asList());
        long causal = 0, deliveries = 0;
        for (int r = 0; r < 2; r++) {
            var run = BroadcastGroup.run(cfg, DeliveryOrder.FIFO, Topology.ONE_DATACENTRE, 7, r);
            causal += run.causalViolations();
            deliveries += run.deliveries();
        }
        assertEquals(causal, t.longColumn("causal_violations").get(1));
        assertEquals((double) causal / deliveries, t.doubleColumn("violation_rate").get(1), 1e-12);
        assertEquals(0, t.longColumn("causal_violations").get(2));
    }
}
