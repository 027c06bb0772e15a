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
    void timesCountFromTheMomentThePlanIsApplied() {
        var sim = new Simulator();
        var net = new Network(sim, Topology.uniform("t", LinkDelay.fixed(1)), 3, NodeConfig.defaults(), 0, RandomStream.of(1, 4));
        sim.schedule(100, () -> FaultPlan.none().cut(20, 30, new int[]{0}, new int[]{FaultPlan.CLIENT}).crashRecover(1, 10, 5).apply(net, () -> -1));
        sim.runUntil(112);
        assertFalse(net.isUp(1));
        sim.runUntil(125);
        assertFalse(net.reachable(0, net.client()));
        assertTrue(net.reachable(net.client(), 0));
        sim.runUntil(131);
        assertTrue(net.reachable(0, net.client()));
    }

    @Test
    void theCoordinationServiceCanBePartitionedOnlyWhereThereIsOne() {
        var sim = new Simulator();
        var net = new Network(sim, Topology.uniform("t", LinkDelay.fixed(1)), 4, NodeConfig.defaults(), 0, RandomStream.of(1, 4));
        var plan = FaultPlan.none().partition(0, 10, 0, FaultPlan.SERVICE);
        var e = assertThrows(IllegalArgumentException.class, () -> plan.apply(net, () -> -1));
        assertTrue(e.getMessage().contains("faults") && e.getMessage().contains("coordination service"), e.getMessage());
        net.service(3);
        plan.apply(net, () -> -1);
        sim.runUntil(1);
        assertFalse(net.reachable(3, 1));
        assertTrue(net.reachable(0, 3));
    }

    @Test
    void aHarshPlanAddsEveryKindOfFaultInsideTheHorizon() {
        var p = FaultPlan.harsh(RandomStream.of(4, 3), 5, 1000, 2, 0.01);
        assertEquals(2, p.cuts().size());
        assertEquals(4, p.partitions().size());           // two of them take the client along
        assertTrue(p.reorder() && p.duplicate() > 0 && p.slow().size() == 1 && p.skews().size() == 1);
        assertTrue(p.maxNode() < 5);
        for (var c : p.crashes()) assertTrue(c.at() <= 1000 && c.durable());
    }

    @Test
    void rejectsAnEmptyGroup() {
        var e = assertThrows(IllegalArgumentException.class, () -> FaultPlan.none().cut(0, 1, new int[0], new int[]{1}));
        assertTrue(e.getMessage().contains("from"), e.getMessage());
    }

    @Test
    void rejectsNonPositiveDowntime() {
        var e = assertThrows(IllegalArgumentException.class, () -> FaultPlan.none().crashRecover(0, 1, 0));
        assertTrue(e.getMessage().contains("downFor"), e.getMessage());
    }
}
