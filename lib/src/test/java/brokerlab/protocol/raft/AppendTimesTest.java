package brokerlab.protocol.raft;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppendTimesTest {
    @Test
    void answersAsABoxedMapWouldUnderRandomPutsRemovesAndClearsInAnyIndexOrder() {
        var rng = new SplittableRandom(5);
        var times = new AppendTimes();
        Map<Integer, Double> reference = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            int op = rng.nextInt(100);
            // mostly ascending indices, as a leader appends, with some below the window and far above it
            int index = op < 70 ? 1000 + step / 4 + rng.nextInt(8) : rng.nextInt(5000);
            if (op < 50) {
                double t = rng.nextDouble();
                times.put(index, t);
                reference.put(index, t);
            } else if (op < 99) {
                Double expected = reference.remove(index);
                assertEquals(expected == null ? Double.NaN : expected, times.remove(index), "remove(" + index + ") at step " + step);
            } else {
                times.clear();
                reference.clear();
            }
        }
    }

    @Test
    void anIndexNeverRecordedOrAlreadyRemovedAnswersNaN() {
        var times = new AppendTimes();
        assertTrue(Double.isNaN(times.remove(7)));
        times.put(7, 1.5);
        times.put(3, 0.5);              // below the first index recorded: the window widens downwards
        assertEquals(1.5, times.remove(7));
        assertTrue(Double.isNaN(times.remove(7)));
        assertEquals(0.5, times.remove(3));
    }
}
