package brokerlab.protocol.raft;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class OpSetTest {
    @Test
    void addAnswersAsAHashSetOfLongsDoesForArrivalNumbersInjectedNumbersAndNoOps() {
        // the reference is the boxed set OpSet replaced; the numbers mix small arrival numbers (many repeats),
        // scenario-style numbers such as 100 and 200, the no-op -1 and values beyond an int
        var random = new SplittableRandom(11);
        var set = new OpSet();
        var reference = new HashSet<Long>();
        for (int i = 0; i < 20_000; i++) {
            long op = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(500);
                case 1 -> random.nextBoolean() ? 100 : 200;
                case 2 -> random.nextBoolean() ? Entry.NOOP : Long.MIN_VALUE + random.nextInt(3);
                default -> Integer.MAX_VALUE + (long) random.nextInt(3);
            };
            assertEquals(reference.add(op), set.add(op), "add(" + op + ") at step " + i);
            if (i == 10_000) { set.clear(); reference.clear(); }
        }
    }

    @Test
    void aClearedSetTakesEveryNumberAgain() {
        var set = new OpSet();
        assertTrue(set.add(3));
        assertTrue(set.add(-5));
        assertFalse(set.add(3));
        set.clear();
        assertTrue(set.add(3));
        assertTrue(set.add(-5));
    }
}
