package brokerlab.protocol.clock;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LamportClockTest {
    @Test
    void satisfiesTheClockConditionButCannotDetectConcurrency() {
        var t = MessageTrace.random(5, 400, 0.3, RandomStream.of(2, RandomStream.MISC));
        var hb = HappenedBefore.of(t);
        long[] l = LamportClock.timestamps(t);
        long concurrentButOrdered = 0;
        for (int a = 0; a < t.size(); a++)
            for (int b = 0; b < t.size(); b++) {
                if (hb.before(a, b)) assertTrue(l[a] < l[b], "clock condition");
                if (hb.concurrent(a, b) && l[a] < l[b]) concurrentButOrdered++;
            }
        assertTrue(concurrentButOrdered > 0, "some concurrent pairs get ordered timestamps: L(a) < L(b) does not imply a -> b");
    }

    @Test
    void receiveJumpsPastTheSendersTimestamp() {
        var b = MessageTrace.builder(2);
        b.local(0).local(0);
        int m = b.send(0, 1);                   // L = 3
        b.receive(m);                           // max(0, 3) + 1 = 4
        assertArrayEquals(new long[]{1, 2, 3, 4}, LamportClock.timestamps(b.build()));
    }
}
