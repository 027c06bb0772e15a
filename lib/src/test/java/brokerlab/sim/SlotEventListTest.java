package brokerlab.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One contract, every implementation: the scan, the tournament tree, the general heap, and what of() picks. */
class SlotEventListTest {
    /** A pending event of the reference: its slot, time and scheduling sequence. */
    record Ref(int slot, double time, long seq) {}

    private static final Comparator<Ref> ORDER = Comparator.comparingDouble(Ref::time).thenComparingLong(Ref::seq);

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("scan", (IntFunction<SlotEventList>) SlotEventList::scan),
                Arguments.of("tournament", (IntFunction<SlotEventList>) SlotEventList::tournament),
                Arguments.of("general", (IntFunction<SlotEventList>) SlotEventList::general),
                Arguments.of("of", (IntFunction<SlotEventList>) SlotEventList::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void firesInTimeThenSchedulingOrderLikeAReferenceHeapUnderRandomSchedulesReplacementsAndCancels(String name,
                                                                                                 IntFunction<SlotEventList> make) {
        for (int slots : new int[]{1, 2, 5, 8, 9, 13, 40}) {
            var rng = new SplittableRandom(slots);
            SlotEventList events = make.apply(slots);
            var reference = new PriorityQueue<>(ORDER);
            Ref[] inSlot = new Ref[slots];
            long seq = 0;
            for (int step = 0; step < 50_000; step++) {
                int op = rng.nextInt(10);
                int slot = rng.nextInt(slots);
                if (op < 5) {
                    double delay = rng.nextInt(4) * 0.5;                 // coarse delays: many equal times
                    if (inSlot[slot] != null) reference.remove(inSlot[slot]);   // a new event replaces the pending one
                    events.schedule(slot, delay);
                    inSlot[slot] = new Ref(slot, events.now() + delay, seq++);
                    reference.add(inSlot[slot]);
                } else if (op < 9) {
                    Ref expected = reference.poll();
                    int fired = events.poll();
                    if (expected == null) {
                        assertEquals(-1, fired, name + ": nothing was pending");
                    } else {
                        assertEquals(expected.slot(), fired, name + " with " + slots + " slots, step " + step);
                        assertEquals(expected.time(), events.now());
                        inSlot[fired] = null;
                    }
                } else {
                    if (inSlot[slot] != null) reference.remove(inSlot[slot]);
                    inSlot[slot] = null;
                    events.cancel(slot);
                }
                for (int s = 0; s < slots; s++) assertEquals(inSlot[s] != null, events.pending(s));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void pollOnAnEmptyListReturnsMinusOneAndLeavesTheClock(String name, IntFunction<SlotEventList> make) {
        SlotEventList events = make.apply(3);
        events.schedule(2, 1.5);
        assertEquals(2, events.poll());
        assertEquals(1.5, events.now());
        assertEquals(-1, events.poll());
        assertEquals(1.5, events.now());
        assertFalse(events.pending(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void refusesEventsBeforeTheClockAndNaN(String name, IntFunction<SlotEventList> make) {
        SlotEventList events = make.apply(2);
        events.schedule(0, 2.0);
        events.poll();
        var e = assertThrows(IllegalArgumentException.class, () -> events.scheduleAt(1, 1.0));
        assertTrue(e.getMessage().contains("before the clock (2.0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> events.schedule(1, Double.NaN));
    }

    @Test
    void ofPicksTheScanUpToItsLimitAndTheTournamentAbove() {
        assertTrue(SlotEventList.of(SlotEventList.SCAN_LIMIT) instanceof ScanSlots);
        assertTrue(SlotEventList.of(SlotEventList.SCAN_LIMIT + 1) instanceof TournamentSlots);
    }

    @Test
    void refusesASlotCountBelowOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> SlotEventList.of(0));
        assertTrue(e.getMessage().contains("slots = 0"), e.getMessage());
    }
}
