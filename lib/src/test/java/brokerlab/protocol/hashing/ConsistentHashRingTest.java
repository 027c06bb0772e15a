package brokerlab.protocol.hashing;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.RunningStats;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ConsistentHashRingTest {
    @Test
    void keysMovedOnAJoinAreAboutKOverNPlusOneAndAllGoToTheNewNode() {
        int n = 10, keys = 20_000;
        var moved = new RunningStats();
        for (int seed = 0; seed < 30; seed++) {
            var ring = ConsistentHashRing.of(n, 16, 1, seed);
            var bigger = ring.withNode(n);
            for (long k = 0; k < 2000; k++)
                if (ring.owner(k) != bigger.owner(k)) assertEquals(n, bigger.owner(k), "monotonicity: keys move only to the new node");
            moved.add(ring.keysMoved(bigger, keys));
        }
        double expected = keys / (n + 1.0);                        // 1818.2 by symmetry among the N + 1 nodes
        var ci = ConfidenceInterval.of(moved, 0.95);
        assertTrue(ci.contains(expected), () -> "expected " + expected + ", moved " + ci);
    }

    @Test
    void preferenceListsChangeForAboutRKOverNPlusOneKeysOnAJoin() {
        int n = 9, r = 3, keys = 5_000;
        var changed = new RunningStats();
        for (int seed = 0; seed < 60; seed++) {
            var ring = ConsistentHashRing.of(n, 1, r, seed);
            changed.add(ring.preferenceListsChanged(ring.withNode(n), keys));
        }
        double expected = r * keys / (n + 1.0);                   // 3 * 5000 / 10 = 1500
        var ci = ConfidenceInterval.of(changed, 0.95);
        assertTrue(ci.contains(expected), () -> "expected " + expected + ", changed " + ci);
    }

    @Test
    void keysMovedOnALeaveAreAboutKOverN() {
        int n = 8, keys = 16_000;
        var moved = new RunningStats();
        for (int seed = 0; seed < 30; seed++) {
            var ring = ConsistentHashRing.of(n, 16, 1, seed);
            moved.add(ring.keysMoved(ring.withoutNode(3), keys));
        }
        var ci = ConfidenceInterval.of(moved, 0.95);
        assertTrue(ci.contains(keys / (double) n), () -> "expected " + keys / (double) n + ", moved " + ci);
    }

    @Test
    void onePointPerNodeHasHarmonicImbalance() {
        var s = new RunningStats();
        for (int seed = 0; seed < 4000; seed++) s.add(ConsistentHashRing.of(10, 1, 1, seed).imbalance());
        double h10 = ConsistentHashRing.expectedImbalanceOnePoint(10);   // 1 + 1/2 + ... + 1/10 = 2.929
        assertEquals(2.9289682539682538, h10, 1e-12);
        var ci = ConfidenceInterval.of(s, 0.95);
        assertTrue(ci.contains(h10), () -> "H_10 = " + h10 + ", simulated " + ci);
    }

    @Test
    void imbalanceFallsAsVirtualNodesGrow() {
        double prev = Double.POSITIVE_INFINITY;
        for (int v : new int[]{1, 4, 16, 64, 256}) {
            var s = new RunningStats();
            for (int seed = 0; seed < 20; seed++) s.add(ConsistentHashRing.of(10, v, 1, seed).imbalance());
            assertTrue(s.mean() < prev, "v = " + v + ": " + s.mean() + " not below " + prev);
            prev = s.mean();
        }
        assertTrue(prev < 1.25, "256 virtual nodes should leave little imbalance: " + prev);
    }

    @Test
    void sharesSumToOneAndPreferenceListsHoldDistinctNodes() {
        var ring = ConsistentHashRing.of(5, 8, 3, 1);
        double sum = 0;
        for (double x : ring.shares()) sum += x;
        assertEquals(1.0, sum, 1e-9);
        for (long k = 0; k < 500; k++) {
            int[] p = ring.preferenceList(k);
            assertEquals(ring.owner(k), p[0]);
            assertTrue(p[0] != p[1] && p[1] != p[2] && p[0] != p[2]);
        }
    }

    @Test
    void rejectsMoreReplicasThanNodes() {
        var e = assertThrows(IllegalArgumentException.class, () -> ConsistentHashRing.of(2, 4, 3, 0));
        assertTrue(e.getMessage().contains("replicas"), e.getMessage());
    }
}
