package brokerlab.protocol.clock;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HappenedBeforeTest {
    @Test
    void isAStrictPartialOrderConsistentWithTheTrace() {
        var t = MessageTrace.random(4, 300, 0.4, RandomStream.of(1, RandomStream.MISC));
        var hb = HappenedBefore.of(t);
        int n = t.size();
        for (int a = 0; a < n; a++) {
            assertFalse(hb.before(a, a), "irreflexive");
            for (int b = 0; b < n; b++) {
                if (hb.before(a, b)) {
                    assertFalse(hb.before(b, a), "antisymmetric");
                    assertTrue(a < b, "consistent with real time: a cause precedes its effect in the trace");
                    for (int c = 0; c < n; c++) if (hb.before(b, c)) assertTrue(hb.before(a, c), "transitive");
                }
            }
        }
    }

    @Test
    void smallExampleHasTheExpectedOrder() {
        // P0: a=local, b=send m -> P1; P1: c=local, d=receive m; P2: e=local
        var b = MessageTrace.builder(3);
        b.local(0);
        int m = b.send(0, 1);
        b.local(1).receive(m).local(2);
        var hb = HappenedBefore.of(b.build());
        assertTrue(hb.before(0, 3));           // a -> b -> d
        assertTrue(hb.concurrent(0, 2));       // a || c
        assertTrue(hb.before(2, 3));           // c -> d (program order)
        assertTrue(hb.concurrent(4, 3));       // e is concurrent with everything
        // pairs: (a,c) (a,e) (b,c) (b,e) (c,e) (d,e) = 6 concurrent pairs
        assertEquals(6, hb.concurrentPairs());
    }

    @Test
    void rejectsReceivingAMessageTwice() {
        var b = MessageTrace.builder(2);
        int m = b.send(0, 1);
        b.receive(m);
        var e = assertThrows(IllegalArgumentException.class, () -> b.receive(m));
        assertTrue(e.getMessage().contains("message"), e.getMessage());
    }
}
