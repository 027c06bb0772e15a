package brokerlab.sim;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link EventQueue#reschedule} must be indistinguishable from {@code cancel} then {@code add}: same handles, same
 * firing order, even when timers are pushed back in place and only settle into their true place at the top.
 */
class EventQueueRescheduleTest {
    @Test
    void rescheduleFiresEverythingInTheOrderCancelThenAddWouldUnderRandomTimerPushBacks() {
        var rng = new SplittableRandom(11);
        var fast = new EventQueue(4);
        var slow = new EventQueue(4);
        // a few "timers" pushed back again and again (some earlier, some later, some to the very same time), among
        // one-shot events; ties in time are frequent (times on a 0.5 grid), so the sequence tie-break is exercised
        long[] fastTimers = new long[6], slowTimers = new long[6];
        java.util.Arrays.fill(fastTimers, -1);
        java.util.Arrays.fill(slowTimers, -1);
        double now = 0;
        List<String> fastFired = new ArrayList<>(), slowFired = new ArrayList<>();
        for (int step = 0; step < 100_000; step++) {
            int op = rng.nextInt(10);
            if (op < 4) {
                int t = rng.nextInt(fastTimers.length);
                double at = now + 0.5 * rng.nextInt(40);
                fastTimers[t] = fast.reschedule(fastTimers[t], at, 0, t, step, null);
                slow.cancel(slowTimers[t]);
                slowTimers[t] = slow.add(at, 0, t, step, null);
                assertEquals(slowTimers[t], fastTimers[t], "the handle is the one cancel then add returns");
            } else if (op < 7) {
                double at = now + 0.5 * rng.nextInt(40);
                assertEquals(slow.add(at, 0, 100, step, null), fast.add(at, 0, 100, step, null));
            } else if (!slow.isEmpty()) {
                assertEquals(slow.peekTime(), fast.peekTime());
                now = pop(fast, fastFired);
                assertEquals(now, pop(slow, slowFired));
                assertEquals(slowFired.get(slowFired.size() - 1), fastFired.get(fastFired.size() - 1), "event fired at step " + step);
            }
        }
        while (!slow.isEmpty()) {
            pop(fast, fastFired);
            pop(slow, slowFired);
        }
        assertEquals(slowFired, fastFired);
        assertEquals(0, fast.size());
    }

    @Test
    void aPushedBackEventDiesWithItsOldHandleAndKeepsItsNewAction() {
        var q = new EventQueue(4);
        Runnable first = () -> { }, second = () -> { };
        long h = q.add(5, 0, Simulator.CLOSURE, 0, first);
        long moved = q.reschedule(h, 9, 0, Simulator.CLOSURE, 0, second);
        assertFalse(q.cancel(h), "the old handle is dead");
        assertNull(q.pendingAction(h));
        assertSame(second, q.pendingAction(moved));
        assertEquals(9, q.peekTime(), "peekTime reports the true time, not the heap's old place");
        long fresh = q.reschedule(-1, 3, 0, Simulator.CLOSURE, 0, first);
        assertEquals(3, q.peekTime(), "a handle that is not pending just adds");
        assertSame(first, q.pendingAction(fresh));
    }

    private static double pop(EventQueue q, List<String> fired) {
        int slot = q.pollSlot();
        double t = q.timeOf(slot);
        fired.add(t + ":" + q.typeOf(slot) + ":" + q.payloadOf(slot));
        q.release(slot);
        return t;
    }
}
