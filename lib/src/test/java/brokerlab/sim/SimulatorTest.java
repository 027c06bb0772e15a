package brokerlab.sim;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorTest {
    @Test
    void firesPrimitiveAndClosureEventsInTimeOrderAndAdvancesTheClock() {
        List<String> log = new ArrayList<>();
        Simulator[] box = new Simulator[1];
        box[0] = new Simulator((type, payload) -> log.add(type + ":" + payload + "@" + box[0].now()));
        Simulator sim = box[0];
        sim.schedule(2.0, 1, 20);
        sim.schedule(1.0, () -> log.add("closure@" + sim.now()));
        sim.schedule(3.0, 0, 30);
        sim.run();
        assertEquals(List.of("closure@1.0", "1:20@2.0", "0:30@3.0"), log);
        assertEquals(3, sim.eventsFired());
    }

    @Test
    void runUntilStopsBeforeLaterEventsAndSetsTheClockToTheHorizon() {
        Simulator sim = new Simulator();
        int[] fired = {0};
        sim.schedule(1.0, () -> fired[0]++);
        sim.schedule(5.0, () -> fired[0]++);
        sim.runUntil(3.0);
        assertEquals(1, fired[0]);
        assertEquals(3.0, sim.now());
        assertEquals(1, sim.pendingEvents());
    }

    @Test
    void equalTimesFireByPriorityThenSchedulingOrder() {
        List<Integer> order = new ArrayList<>();
        Simulator sim = new Simulator((type, payload) -> order.add(payload));
        sim.scheduleAt(1.0, 1, 0, 1);
        sim.scheduleAt(1.0, 0, 0, 2);
        sim.scheduleAt(1.0, 1, 0, 3);
        sim.run();
        assertEquals(List.of(2, 1, 3), order);
    }

    @Test
    void cancelledEventsNeverFire() {
        Simulator sim = new Simulator();
        int[] fired = {0};
        long h = sim.schedule(1.0, () -> fired[0]++);
        assertTrue(sim.cancel(h));
        sim.run();
        assertEquals(0, fired[0]);
    }

    @Test
    void rejectsEventsInThePastAndNegativeTypes() {
        Simulator sim = new Simulator((t, p) -> { });
        var past = assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1.0, 0, 0));
        assertTrue(past.getMessage().contains("before the clock"));
        var type = assertThrows(IllegalArgumentException.class, () -> sim.schedule(1.0, -2, 0));
        assertTrue(type.getMessage().contains("type"));
    }

    @Test
    void closuresAtTheSameAbsoluteTimeFireInSchedulingOrder() {
        // 42.09377264514516 - now + now can round to a different double than the time itself; scheduleAt keeps it
        Simulator sim = new Simulator();
        List<Integer> order = new ArrayList<>();
        sim.schedule(0.7, () -> {
            sim.scheduleAt(42.09377264514516, () -> order.add(1));
            sim.scheduleAt(42.09377264514516, () -> order.add(2));
        });
        sim.run();
        assertEquals(List.of(1, 2), order);
        assertEquals(42.09377264514516, sim.now());
    }
}
