package brokerlab.widget;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DebouncerTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final Debouncer debouncer = new Debouncer(clock, Duration.ofMillis(250));
    private final List<Integer> fired = new ArrayList<>();

    @Test
    void fiftyCallsTenMillisecondsApartFireOnlyTheLastOneAQuietPeriodAfterIt() {
        for (int i = 1; i <= 50; i++) {
            int value = i;
            debouncer.call(() -> fired.add(value));
            clock.advance(10);
        }
        assertEquals(List.of(), fired, "the drag is still going: nothing fires while calls keep coming");
        clock.advance(239);   // the last call was 10 ms ago; 250 ms of quiet are needed
        assertEquals(List.of(), fired);
        clock.advance(1);
        assertEquals(List.of(50), fired);
        assertEquals(1, debouncer.fired());
    }

    @Test
    void callsFartherApartThanTheQuietPeriodEachFire() {
        debouncer.call(() -> fired.add(1));
        clock.advance(300);
        debouncer.call(() -> fired.add(2));
        clock.advance(300);
        assertEquals(List.of(1, 2), fired);
    }

    @Test
    void cancelCallsOffThePendingAction() {
        debouncer.call(() -> fired.add(1));
        debouncer.cancel();
        clock.advance(1000);
        assertEquals(List.of(), fired);
    }

    @Test
    void aReplacedActionNeverFiresEvenIfItsTimerCannotBeStopped() {
        Scheduler deaf = (task, delay) -> { clock.schedule(task, delay); return () -> {}; };   // cancel is ignored
        var d = new Debouncer(deaf, Duration.ofMillis(250));
        d.call(() -> fired.add(1));
        clock.advance(100);
        d.call(() -> fired.add(2));
        clock.advance(1000);
        assertEquals(List.of(2), fired);
    }

    @Test
    void aNegativeQuietPeriodIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Debouncer(clock, Duration.ofMillis(-1)));
        assertEquals(true, e.getMessage().startsWith("quiet = "), e.getMessage());
    }
}
