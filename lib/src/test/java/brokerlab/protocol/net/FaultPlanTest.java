package brokerlab.protocol.net;

import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FaultPlanTest {
    @Test
    void crashRecoveryAndPartitionHappenAtTheirTimes() {
        var sim = new Simulator();
        var net = new Network(sim, Topology.uniform("t", LinkDelay.fixed(1)), 3, NodeConfig.defaults(), 0, RandomStream.of(1, 4));
        FaultPlan.none().crashRecover(1, 10, 5).partition(20, 30, 2).apply(net, () -> -1);
        sim.runUntil(12);
        assertFalse(net.isUp(1));
        sim.runUntil(16);
        assertTrue(net.isUp(1));
        sim.runUntil(25);
        assertFalse(net.reachable(0, 2));
        sim.runUntil(31);
        assertTrue(net.reachable(0, 2));
    }

    @Test
    void leaderCrashResolvesTheLeaderAtThatMoment() {
        var sim = new Simulator();
        var net = new Network(sim, Topology.uniform("t", LinkDelay.fixed(1)), 3, NodeConfig.defaults(), 0, RandomStream.of(1, 4));
        int[] leader = {0};
        sim.schedule(5, () -> leader[0] = 2);
        FaultPlan.none().crashLeader(10, Double.POSITIVE_INFINITY).apply(net, () -> leader[0]);
        sim.run();
        assertTrue(net.isUp(0));
        assertFalse(net.isUp(2));
    }

    @Test
    void randomPlanStaysInsideTheHorizonAndNamesValidNodes() {
        var p = FaultPlan.random(RandomStream.of(4, 3), 5, 1000, 4, 0.01);
        assertEquals(4, p.crashes().size());
        assertEquals(4, p.partitions().size());
        assertTrue(p.maxNode() < 5);
        for (var c : p.crashes()) assertTrue(c.at() <= 1000);
    }

    @Test
    void rejectsNonPositiveDowntime() {
        var e = assertThrows(IllegalArgumentException.class, () -> FaultPlan.none().crashRecover(0, 1, 0));
        assertTrue(e.getMessage().contains("downFor"), e.getMessage());
    }
}
