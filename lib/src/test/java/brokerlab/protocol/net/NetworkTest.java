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
    void aOneWayCutDropsOneDirectionOnly() {
        var sim = new Simulator();
        var n = net(sim, 0, 0);
        int[] got = new int[2];
        n.cut(0, 10, new int[]{0}, new int[]{1});
        sim.schedule(1, () -> n.send(0, 1, "m", 1, () -> got[0]++));
        sim.schedule(1, () -> n.send(1, 0, "m", 1, () -> got[1]++));
        sim.run();
        assertArrayEquals(new int[]{0, 1}, got);
    }

    @Test
    void aPartitionCanTakeTheClientAlong() {
        var sim = new Simulator();
        var n = net(sim, 0, 0);
        int[] got = new int[3];
        n.partition(0, 10, 0, n.client());
        sim.schedule(1, () -> n.send(n.client(), 0, "m", 1, () -> got[0]++));   // inside the group
        sim.schedule(1, () -> n.send(n.client(), 1, "m", 1, () -> got[1]++));   // across it
        sim.schedule(1, () -> n.send(2, 1, "m", 1, () -> got[2]++));            // outside it
        sim.run();
        assertArrayEquals(new int[]{1, 0, 1}, got);
    }

    @Test
    void duplicationDeliversTheRequestedFractionTwice() {
        var sim = new Simulator();
        var n = net(sim, 0, 0);
        n.duplicate(0.1);
        int[] got = new int[1];
        for (int i = 0; i < 20_000; i++) n.send(0, 1, "m", 1, () -> got[0]++);
        sim.run();
        // 20000 + Binomial(20000, 0.1): sd = sqrt(20000 * 0.09) = 42; 5 sd = 212
        assertEquals(22_000, got[0], 212);
        assertEquals(got[0] - 20_000, n.duplicated());
    }

    @Test
    void withoutFifoLinksALaterMessageCanOvertake() {
        var sim = new Simulator();
        var n = new Network(sim, Topology.uniform("t", LinkDelay.shiftedExponential(0, 1)), 2, NodeConfig.noCpu(LinkDelay.fixed(0)),
                0, RandomStream.of(3, RandomStream.NETWORK));
        n.fifo(false);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int k = i;
            n.send(0, 1, "m", 1, () -> order.add(k));
        }
        sim.run();
        // 100 exponential delays sent at once: in order with probability 1/100!, so some pair is swapped
        assertEquals(100, order.size());
        assertNotEquals(order.stream().sorted().toList(), order);
    }

    @Test
    void aSlowNodeTakesItsFactorTimesLongerOnCpuAndDisk() {
        var sim = new Simulator();
        var n = net(sim, 0.5, 0);
        n.slow(1, 4, 3);
        List<Double> at = new ArrayList<>();
        n.send(0, 1, "m", 1, () -> at.add(sim.now()));       // arrives at 1, CPU 0.5 x 4 = 2: done at 3
        n.fsync(1, () -> at.add(sim.now()));                  // disk 2 x 3 = 6
        sim.run();
        assertEquals(List.of(3.0, 6.0), at);
    }

    @Test
    void aClockRunningAtHalfSpeedDoublesTimersAndSlowsTheLocalClock() {
        var sim = new Simulator();
        var n = net(sim, 0, 0);
        double[] fired = new double[1];
        sim.schedule(10, () -> {
            n.clockRate(2, 0.5);
            n.timer(2, 5, () -> fired[0] = sim.now());        // 5 local ms = 10 real ms
        });
        sim.runUntil(30);
        assertEquals(20, fired[0], 1e-12);
        assertEquals(10 + 0.5 * 20, n.clock(2), 1e-12);     // real until 10, then half speed for 20 ms
        assertEquals(30, n.clock(0), 1e-12);
    }

    @Test
    void aCrashCanTakeTheDiskAndARecoveryDoesNotGiveItBack() {
        var sim = new Simulator();
        var n = net(sim, 0, 0);
        n.crash(1, false);
        assertTrue(n.diskLost(1));
        n.recover(1);
        assertTrue(n.diskLost(1));
        n.crash(1);
        assertFalse(n.diskLost(1));
    }

    @Test
    void rejectsLossOfOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> net(new Simulator(), 0, 1));
        assertTrue(e.getMessage().contains("loss"), e.getMessage());
    }
}
