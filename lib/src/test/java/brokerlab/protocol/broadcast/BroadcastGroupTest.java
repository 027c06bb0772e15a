package brokerlab.protocol.broadcast;

import brokerlab.protocol.net.Topology;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class BroadcastGroupTest {
    private static final BroadcastConfig CFG = BroadcastConfig.of(2000);

    private static BroadcastResult run(DeliveryOrder o, long seed) {
        return BroadcastGroup.run(CFG, o, Topology.ONE_DATACENTRE, seed, 0);
    }

    @Test
    void causalDeliveryNeverDeliversBeforeACausalPredecessor() {
        for (long seed = 0; seed < 5; seed++) {
            BroadcastResult r = run(DeliveryOrder.CAUSAL, seed);
            assertEquals(0, r.causalViolations(), r::summary);
            assertEquals(0, r.fifoViolations(), r::summary);
            assertTrue(r.deliveries() > 1000, r::summary);
        }
    }

    @Test
    void unorderedDeliveryShowsViolationsUnderReordering() {
        BroadcastResult r = run(DeliveryOrder.UNORDERED, 1);
        assertTrue(r.causalViolations() > 0, r::summary);
        assertTrue(r.fifoViolations() > 0, r::summary);
        assertEquals(1, r.maxHeldBack(), "unordered delivery never holds more than the message just received");
    }

    @Test
    void fifoDeliveryKeepsEachSendersOrderButNotCausality() {
        BroadcastResult r = run(DeliveryOrder.FIFO, 1);
        assertEquals(0, r.fifoViolations(), r::summary);
        assertTrue(r.causalViolations() > 0, "replies overtake what they answer: " + r.summary());
        assertTrue(r.causalViolations() < run(DeliveryOrder.UNORDERED, 1).causalViolations());
    }

    @Test
    void everyMessageIsDeliveredEverywhereDespiteLossInEveryOrder() {
        for (DeliveryOrder o : DeliveryOrder.values()) {
            BroadcastResult r = run(o, 2);
            assertEquals(0, r.undelivered(), r::summary);
            assertEquals(r.broadcasts() * (CFG.processes() - 1), r.deliveries());
        }
    }

    @Test
    void holdingBackCostsLatency() {
        assertTrue(run(DeliveryOrder.CAUSAL, 3).meanLatency() > run(DeliveryOrder.UNORDERED, 3).meanLatency());
    }

    @Test
    void withoutReorderingOrLossTheLinksAlreadyKeepEachSendersOrder() {
        // the network keeps each link FIFO, so with no extra delay and no retransmission nothing from one sender
        // overtakes: the FIFO violations of the other tests come from reordering and loss
        var calm = CFG.reorderDelay(0).loss(0);
        assertEquals(0, BroadcastGroup.run(calm, DeliveryOrder.FIFO, Topology.ONE_DATACENTRE, 4, 0).fifoViolations());
        assertEquals(0, BroadcastGroup.run(calm, DeliveryOrder.UNORDERED, Topology.ONE_DATACENTRE, 4, 0).fifoViolations());
    }

    @Test
    void rejectsAReplyProbabilityThatWouldNeverStop() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BroadcastConfig(5, 10, 0.3, 1, 5, 0, 100));
        assertTrue(e.getMessage().startsWith("replyProbability = 0.3 is invalid: (processes - 1) * replyProbability must be < 1"), e.getMessage());
    }
}
