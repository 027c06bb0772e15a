package brokerlab.protocol;

import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RunMetricsTest {
    private static Network net() {
        return new Network(new Simulator(), Topology.uniform("t", LinkDelay.fixed(1)), 2, NodeConfig.defaults(), 0, RandomStream.of(1, 4));
    }

    @Test
    void leaderlessTimeAddsUpTheGaps() {
        var m = new RunMetrics();
        m.leader(10, true);        // leaderless 0..10
        m.leader(50, false);
        m.leader(80, true);        // leaderless 50..80
        m.leader(90, false);       // leaderless 90..100 at the end
        assertEquals(10 + 30 + 10, m.snapshot("x", 100, 100, net(), 0).unavailableTime(), 1e-12);
    }

    @Test
    void meanInFlightIsTheTimeAverage() {
        var m = new RunMetrics();
        m.inFlight(0, +1);
        m.inFlight(10, +1);        // 1 in flight for 10 ms, then 2 for 10 ms, then 0
        m.inFlight(20, -2);
        assertEquals((10 * 1 + 10 * 2) / 40.0, m.snapshot("x", 40, 40, net(), 0).meanInFlight(), 1e-12);
    }

    @Test
    void violationsMakeTheRunUnsafe() {
        var m = new RunMetrics();
        m.violation("two leaders");
        assertFalse(m.snapshot("x", 1, 1, net(), 0).safe());
    }
}
