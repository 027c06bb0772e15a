package brokerlab.protocol.clock;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class VectorClockTest {
    @Test
    void detectsExactlyTheHappenedBeforeAndConcurrentPairs() {
        for (int seed = 0; seed < 5; seed++) {
            var t = MessageTrace.random(3 + seed, 300, 0.35, RandomStream.of(seed, RandomStream.MISC));
            var hb = HappenedBefore.of(t);
            int[][] v = VectorClock.timestamps(t);
            for (int a = 0; a < t.size(); a++)
                for (int b = 0; b < t.size(); b++) {
                    if (a == b) continue;
                    assertEquals(hb.before(a, b), VectorClock.lessThan(v[a], v[b]), "a -> b iff V(a) < V(b)");
                    assertEquals(hb.concurrent(a, b), VectorClock.concurrent(v[a], v[b]), "a || b iff incomparable");
                }
        }
    }

    @Test
    void sizeGrowsLinearlyWithProcessesWhileLamportStaysConstant() {
        assertEquals(4 * 64, VectorClock.bytesPerMessage(64));
        assertEquals(2 * VectorClock.bytesPerMessage(8), VectorClock.bytesPerMessage(16));
        assertEquals(8, LamportClock.bytesPerMessage());
    }

    @Test
    void receiveTakesTheComponentwiseMaximum() {
        var b = MessageTrace.builder(2);
        b.local(1);                             // P1: [0,1]
        int m = b.send(0, 1);                   // P0: [1,0]
        b.receive(m);                           // P1: max([0,1],[1,0]) then own++ = [1,2]
        assertArrayEquals(new int[]{1, 2}, VectorClock.timestamps(b.build())[2]);
    }
}
