package brokerlab.sim;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventQueueTest {
    /** Reference entry for java.util.PriorityQueue with the documented order: time, priority, scheduling order. */
    record Ref(double time, int priority, long seq, int payload, long handle) {}

    private static final Comparator<Ref> ORDER = Comparator.comparingDouble(Ref::time)
            .thenComparingInt(Ref::priority).thenComparingLong(Ref::seq);

    @Test
    void popsInTimePriorityThenSchedulingOrderLikeAReferenceHeapUnderRandomAddsAndCancels() {
        var rng = new SplittableRandom(3);
        var queue = new EventQueue(4);          // small start: exercises growth
        var reference = new PriorityQueue<>(ORDER);
        List<Ref> pending = new ArrayList<>();
        long seq = 0;
        for (int step = 0; step < 200_000; step++) {
            int op = rng.nextInt(10);
            if (op < 5 || reference.isEmpty()) {
                double t = rng.nextInt(50);     // coarse times: many ties
                int priority = rng.nextInt(3);
                int payload = rng.nextInt();
                long h = queue.add(t, priority, 0, payload, null);
                Ref r = new Ref(t, priority, seq++, payload, h);
                reference.add(r);
                pending.add(r);
            } else if (op < 8) {
                Ref expected = reference.poll();
                pending.remove(expected);
                assertEquals(expected.time(), queue.peekTime());
                int slot = queue.pollSlot();
                assertEquals(expected.payload(), queue.payloadOf(slot), "wrong event at step " + step);
                queue.release(slot);
            } else {
                Ref victim = pending.remove(rng.nextInt(pending.size()));
                reference.remove(victim);
                assertTrue(queue.cancel(victim.handle()));
                assertFalse(queue.cancel(victim.handle()), "a second cancel must report false");
            }
            assertEquals(reference.size(), queue.size());
        }
    }

    @Test
    void cancelIgnoresHandlesOfEventsThatAlreadyFired() {
        var queue = new EventQueue();
        long h = queue.add(1.0, 0, 0, 7, null);
        queue.release(queue.pollSlot());
        long reused = queue.add(2.0, 0, 0, 8, null);     // same slot, next generation
        assertFalse(queue.cancel(h));
        assertEquals(1, queue.size());
        assertTrue(queue.cancel(reused));
    }

    @Test
    void rejectsPriorityOutsideItsRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> new EventQueue().add(0, -1, 0, 0, null));
        assertTrue(e.getMessage().contains("priority"));
    }
}
