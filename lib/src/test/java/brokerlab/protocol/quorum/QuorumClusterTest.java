package brokerlab.protocol.quorum;

import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class QuorumClusterTest {
    private static QuorumCluster cluster(QuorumConfig cfg) {
        var c = new QuorumCluster(cfg, Topology.uniform("dc", LinkDelay.fixed(1)), NodeConfig.noCpu(LinkDelay.fixed(0.5)), 0, 5, 0);
        c.start();
        return c;
    }

    @Test
    void aWriteAnswersAfterWAcknowledgementsAndAReadAfterRReplies() {
        // 1 ms links, 0.5 ms fsync: a remote replica acknowledges after 1 + 0.5 + 1 = 2.5 ms, the coordinator's own disk after 0.5
        var c = cluster(QuorumConfig.of(3, 3, 2, 2));
        List<Double> at = new ArrayList<>();
        c.put(0, 1, 42, new int[3], r -> { assertTrue(r.ok()); at.add(c.simulator().now()); });
        c.simulator().runUntil(5);
        c.get(0, 1, r -> { assertEquals(42, r.versions().get(0).value()); at.add(c.simulator().now()); });
        c.simulator().runUntil(20);
        // W = 2: own disk (0.5) and the first remote ack (2.5); R = 2: own copy at once and a remote reply after 2 ms
        assertEquals(List.of(2.5, 7.0), at);
    }

    @Test
    void readRepairBringsAReplicaThatMissedAWriteUpToDate() {
        var c = cluster(QuorumConfig.of(3, 3, 3, 1));
        int[] homes = c.preference(4);
        int coordinator = homes[0], missed = homes[2];
        c.network().partition(0, 10, missed);
        c.put(coordinator, 4, 7, new int[3], r -> assertTrue(r.ok()));
        c.simulator().runUntil(50);
        assertTrue(c.stored(missed, 4).isEmpty(), "the partitioned replica missed the write");
        boolean[] read = {false};
        c.get(coordinator, 4, r -> { read[0] = true; assertEquals(7, r.versions().get(0).value()); });
        c.simulator().runUntil(100);
        assertTrue(read[0]);
        assertEquals(1, c.readRepairs());
        assertEquals(7, c.stored(missed, 4).get(0).value());
    }

    @Test
    void aSloppyWriteGoesToAFallbackWithAHintAndIsHandedOffLater() {
        var c = cluster(QuorumConfig.of(4, 3, 1, 3).sloppy(true));
        int[] pref = c.preference(2);
        int coordinator = pref[0], cut = pref[1], fallback = pref[3];
        c.network().partition(0, 100, cut);
        List<Boolean> outcomes = new ArrayList<>();
        c.put(coordinator, 2, 1, new int[4], r -> outcomes.add(r.ok()));   // the first try finds the home silent
        c.simulator().runUntil(60);
        assertEquals(List.of(true), outcomes, "W = 3 reached with the fallback after one replica timeout");
        assertEquals(1, c.stored(fallback, 2).size(), "the fallback holds the hinted version");
        assertTrue(c.stored(cut, 2).isEmpty());
        assertEquals(1, c.pendingHints());
        c.simulator().runUntil(400);
        assertEquals(0, c.pendingHints(), "handed off after the partition healed");
        assertEquals(1, c.stored(cut, 2).get(0).value());
        assertTrue(c.handoffs() >= 1);
    }

    @Test
    void aCrashedCoordinatorNeverAnswers() {
        var c = cluster(QuorumConfig.of(3, 3, 2, 2));
        c.network().crash(1);
        boolean[] answered = {false};
        c.get(1, 0, r -> answered[0] = true);
        c.simulator().runUntil(100);
        assertFalse(answered[0]);
    }
}
