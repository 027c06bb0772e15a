package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimerOvershootTest {

    @Test
    void aParkedThreadNeverWakesEarlyAndTheClockIsFinerThanAMicrosecond() {
        TimerOvershoot t = TimerOvershoot.measure(500, 40);
        assertTrue(t.p50Micros() >= 0 && t.meanMicros() >= 0 && t.maxMicros() >= t.p99Micros(), t.toString());
        assertTrue(t.clockMicros() > 0 && t.clockMicros() < 1, t.toString());
    }

    @Test
    void aMeasurementThatWouldSleepForMinutesIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> TimerOvershoot.measure(1_000_000, 100));
        assertTrue(e.getMessage().contains("30 s"), e.getMessage());
    }

    @Test
    void sleepUntilAPastDeadlineReturnsAtOnce() {
        long t0 = System.nanoTime();
        Pacer.sleepUntil(t0 - 1_000_000);
        assertTrue(System.nanoTime() - t0 < 1_000_000);
    }
}
