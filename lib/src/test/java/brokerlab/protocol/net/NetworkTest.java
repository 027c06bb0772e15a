package brokerlab.protocol.net;

import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NetworkTest {
    private static Network net(Simulator sim, double cpu, double loss) {
        return new Network(sim, Topology.uniform("t", LinkDelay.fixed(1)), 3,
                new NodeConfig(LinkDelay.fixed(cpu), LinkDelay.fixed(2)), loss, RandomStream.of(1, RandomStream.NETWORK));
    }

    @Test
    void messageArrivesAfterDelayPlusCpuAndCpuIsFcfs() {
        var sim = new Simulator();
        var n = net(sim, 0.5, 0);
        List<Double> at = new ArrayList<>();
        n.send(0, 1, "m", 10, () -> at.add(sim.now()));
        n.send(2, 1, "m", 10, () -> at.add(sim.now()));
        sim.run();
        // both arrive at 1.0; the first is processed until 1.5, the second waits and finishes at 2.0
        assertEquals(List.of(1.5, 2.0), at);
        assertEquals(2, n.messages());
        assertEquals(20, n.bytes());
    }

    @Test
    void fsyncIsFcfsOnTheNodesDisk() {
        var sim = new Simulator();
        var n = net(sim, 0, 0);
        List<Double> at = new ArrayList<>();
        n.fsync(0, () -> at.add(sim.now()));
        n.fsync(0, () -> at.add(sim.now()));
        sim.run();
        assertEquals(List.of(2.0, 4.0), at);
    }

    @Test
    void crashLosesPendingDeliveriesAndTimers() {
        var sim = new Simulator();
        var n = net(sim, 0, 0);
        int[] fired = new int[1];
        n.send(0, 1, "m", 1, () -> fired[0]++);
        n.timer(1, 5, () -> fired[0]++);
        sim.schedule(0.5, () -> n.crash(1));
        sim.schedule(0.7, () -> n.recover(1));
        sim.run();
        // the message arrives at 1.0 after a crash-recovery: the node is up, so it is delivered; the timer died
        assertEquals(1, fired[0]);
    }

    @Test
    void partitionDropsMessagesAcrossItUntilItHeals() {
        var sim = new Simulator();
        var n = net(sim, 0, 0);
        int[] got = new int[1];
        n.partition(0, 10, 0);
        sim.schedule(1, () -> n.send(0, 1, "m", 1, () -> got[0]++));
        sim.schedule(1, () -> n.send(1, 2, "m", 1, () -> got[0]++));
        sim.schedule(11, () -> n.send(0, 1, "m", 1, () -> got[0]++));
        sim.run();
        assertEquals(2, got[0]);
        assertEquals(1, n.dropped());
    }

    @Test
    void lossDropsTheRequestedFraction() {
        var sim = new Simulator();
        var n = net(sim, 0, 0.2);
        int[] got = new int[1];
        for (int i = 0; i < 20_000; i++) n.send(0, 1, "m", 1, () -> got[0]++);
        sim.run();
        // binomial(20000, 0.8): sd = sqrt(20000 * 0.16) = 56.6; 5 sd = 283
        assertEquals(16_000, got[0], 283);
    }

    @Test
    void linksAreFifo() {
        var sim = new Simulator();
        var n = new Network(sim, Topology.uniform("t", LinkDelay.shiftedExponential(0, 1)), 2, NodeConfig.noCpu(LinkDelay.fixed(0)),
                0, RandomStream.of(3, RandomStream.NETWORK));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int k = i;
            n.send(0, 1, "m", 1, () -> order.add(k));
        }
        sim.run();
        for (int i = 0; i < 100; i++) assertEquals(i, order.get(i));
    }

    @Test
    void rejectsLossOfOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> net(new Simulator(), 0, 1));
        assertTrue(e.getMessage().contains("loss"), e.getMessage());
    }
}
