package brokerlab.protocol.net;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TopologyTest {
    @Test
    void nodesArePlacedRoundRobinAndTheClientSitsInZoneZero() {
        var t = Topology.THREE_ZONES;
        assertEquals(0, t.zoneOf(0, 5));
        assertEquals(1, t.zoneOf(4, 5));                     // 4 mod 3
        assertEquals(0, t.zoneOf(5, 5));                     // endpoint 5 = client
    }

    @Test
    void presetsHaveTheDocumentedOneWayMeans() {
        assertEquals(0.15, Topology.ONE_DATACENTRE.delay(0, 1, 3).mean(), 1e-12);
        double interZone = Topology.THREE_ZONES.delay(0, 1, 3).mean();        // 0.5 + 0.15
        assertEquals(0.65, interZone, 1e-12);
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) {
                double m = Topology.THREE_REGIONS.delay(a, b, 3).mean();
                if (a != b) assertTrue(m >= 30 && m <= 80, () -> "region delay " + m);
                double z = Topology.THREE_ZONES.delay(a, b, 3).mean();
                if (a != b) assertTrue(z >= 0.5 && z <= 1.5, () -> "zone delay " + z);
            }
    }

    @Test
    void presetsCannotBeChangedThroughTheirDelayMatrix() {
        Topology.THREE_ZONES.delays()[0][1] = LinkDelay.fixed(99);
        assertEquals(0.65, Topology.THREE_ZONES.delay(0, 1, 3).mean(), 1e-12);
    }

    @Test
    void rejectsRaggedDelayMatrix() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Topology("bad", java.util.List.of("a", "b"),
                new LinkDelay[][]{{LinkDelay.fixed(1), LinkDelay.fixed(1)}, {LinkDelay.fixed(1)}}));
        assertTrue(e.getMessage().contains("delays[1]"), e.getMessage());
    }
}
