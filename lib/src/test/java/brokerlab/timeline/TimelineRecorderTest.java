package brokerlab.timeline;

import brokerlab.protocol.clock.HappenedBefore;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TimelineRecorderTest {
    /**
     * A small gossip run on 4 nodes and the client: every node wakes on a timer and pings a random peer; a ping is
     * made durable (fsync) and answered; node 1 crashes and recovers, node 3 is cut off for a while, 10% loss.
     * Returns the receive times, to compare runs with and without a recorder.
     */
    private static List<Double> gossip(Network net, long seed) {
        Simulator sim = net.sim();
        RandomStream rng = RandomStream.of(seed, RandomStream.MISC);
        List<Double> received = new ArrayList<>();
        Runnable[] wake = new Runnable[net.nodes()];
        for (int i = 0; i < net.nodes(); i++) {
            int me = i;
            wake[i] = () -> {
                int peer = rng.nextInt(net.nodes() + 1);
                if (peer != me) net.send(me, peer, "Ping", 64, () -> {
                    received.add(sim.now());
                    if (peer == net.client()) net.send(peer, me, "Pong", 64, () -> received.add(sim.now()));
                    else net.fsync(peer, () -> net.send(peer, me, "Pong", 64, () -> received.add(sim.now())));
                });
                net.timer(me, 2 + rng.nextExponential(), wake[me]);
            };
            net.timer(i, rng.nextExponential(), wake[i]);
        }
        sim.schedule(10, () -> net.crash(1));
        sim.schedule(14, () -> { net.recover(1); net.timer(1, 1, wake[1]); });
        net.partition(20, 26, 3);
        sim.runUntil(40);
        return received;
    }

    private static Network network(long seed) {
        return new Network(new Simulator(), Topology.uniform("dc", LinkDelay.shiftedExponential(0.5, 0.5)), 4,
                NodeConfig.defaults(), 0.1, RandomStream.of(seed, RandomStream.NETWORK));
    }

    /** The whole gossip run of {@code seed}, recorded. */
    private static Timeline recordedGossip(long seed) {
        Network net = network(seed);
        var rec = TimelineRecorder.attach(net);
        gossip(net, seed);
        return rec.timeline();
    }

    @Test
    void vectorClockOrderIsExactlyHappenedBefore() {
        Timeline t = recordedGossip(3);
        assertTrue(t.events().size() > 150, "a run with " + t.events().size() + " events is too small to test");
        HappenedBefore hb = HappenedBefore.of(t.trace());
        List<TimelineEvent> ev = t.events();
        long ordered = 0;
        for (TimelineEvent a : ev)
            for (TimelineEvent b : ev) {
                boolean byDefinition = hb.before(a.id(), b.id());
                assertEquals(byDefinition, a.before(b), () -> "events " + a + " and " + b);
                if (byDefinition) ordered++;
            }
        assertTrue(ordered > 0 && hb.concurrentPairs() > 0, "both ordered and concurrent pairs occur");
    }

    @Test
    void everyDeliveredMessageGoesForwardInTimeAndInClockOrder() {
        Timeline t = recordedGossip(5);
        List<TimelineMessage> delivered = t.messages(TimelineMessage.Fate.DELIVERED);
        assertFalse(delivered.isEmpty());
        for (TimelineMessage m : delivered) {
            TimelineEvent s = t.events().get(m.sendEvent()), r = t.events().get(m.receiveEvent());
            assertTrue(s.before(r), () -> "arrow " + m);
            assertTrue(m.endTime() >= m.sendTime());
            assertEquals(m.from(), s.process());
            assertEquals(m.to(), r.process());
        }
    }

    @Test
    void countsAgreeWithTheNetworksCounters() {
        Network net = network(7);
        var rec = TimelineRecorder.attach(net);
        gossip(net, 7);
        Timeline t = rec.timeline();
        assertEquals(net.messages(), t.count(TimelineEvent.Type.SEND));
        assertEquals(net.messages(), t.messages().size());
        assertEquals(net.dropped(), t.messages(TimelineMessage.Fate.DROPPED).size() - dropsByCrash(t));
        // forced writes killed by the crash or still running at the end never complete
        assertTrue(t.count(TimelineEvent.Type.FSYNC) > 0 && t.count(TimelineEvent.Type.FSYNC) <= net.fsyncs());
        assertEquals(1, t.count(TimelineEvent.Type.CRASH));
        assertEquals(1, t.count(TimelineEvent.Type.RECOVER));
        assertTrue(t.messages(TimelineMessage.Fate.DROPPED).stream().anyMatch(m -> "partition".equals(m.dropReason())));
        assertTrue(t.messages(TimelineMessage.Fate.DROPPED).stream().anyMatch(m -> "lost".equals(m.dropReason())));
    }

    /** The network counts a message killed in the CPU queue by a crash as neither delivered nor dropped. */
    private static long dropsByCrash(Timeline t) {
        return t.messages(TimelineMessage.Fate.DROPPED).stream().filter(m -> "receiver crashed".equals(m.dropReason())).count();
    }

    @Test
    void recordingDoesNotChangeTheRun() {
        List<Double> without = gossip(network(11), 11);
        Network net = network(11);
        TimelineRecorder.attach(net);
        assertEquals(without, gossip(net, 11));
    }

    @Test
    void aWindowKeepsOnlyItsEventsButClocksCountTheWholeRun() {
        Network net = network(13);
        var rec = TimelineRecorder.attach(net, 30, 35);
        gossip(net, 13);
        Timeline t = rec.timeline();
        assertFalse(t.events().isEmpty());
        for (TimelineEvent e : t.events()) assertTrue(e.time() >= 30 && e.time() <= 35, e::toString);
        TimelineEvent first = t.events().get(0);
        assertTrue(first.clock()[first.process()] > 1, "clocks include the events before the window");
        assertEquals(30, t.from());
        assertEquals(35, t.to());
    }

    @Test
    void marksAreLocalEventsWithTheirLabel() {
        Network net = network(1);
        var rec = TimelineRecorder.attach(net);
        rec.mark(2, "read x");
        net.send(2, 0, "Get", 10, () -> rec.mark(0, "served"));
        net.sim().run();
        Timeline t = rec.timeline();
        assertEquals(List.of("read x", "Get", "Get", "served"), t.events().stream().map(TimelineEvent::label).toList());
        assertTrue(t.events().get(0).before(t.events().get(3)));
        var e = assertThrows(IllegalArgumentException.class, () -> rec.mark(9, "x"));
        assertTrue(e.getMessage().startsWith("process = 9 is invalid"), e.getMessage());
    }
}
