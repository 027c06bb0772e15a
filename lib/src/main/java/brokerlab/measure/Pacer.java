package brokerlab.measure;

import java.util.concurrent.locks.LockSupport;

/**
 * Waiting until an absolute {@link System#nanoTime()} instant with {@link LockSupport#parkNanos}: the clock of every
 * producer (send message k at its scheduled instant) and every simulated service ("work" for the drawn time). The
 * thread sleeps, so c workers serving in parallel do not need c cores; the price is the timer's overshoot, which
 * Linux adds to every park (the timer slack of 50 µs plus wake-up latency, more on a busy machine), measured by
 * {@link TimerOvershoot} and reported with every run. Deadlines are absolute, so the overshoot of one wait never
 * shifts the next: a producer's schedule does not drift.
 */
public final class Pacer {
    private Pacer() {}

    /**
     * Parks until {@code deadlineNanos} (a {@code System.nanoTime()} value) has passed; returns the overshoot, the
     * time actually woken minus the deadline, in nanoseconds (0 or more). Returns at once for a deadline in the past.
     * An interrupt ends the wait early and stays set for the caller.
     */
    public static long sleepUntil(long deadlineNanos) {
        long now;
        while ((now = System.nanoTime()) - deadlineNanos < 0) {
            LockSupport.parkNanos(deadlineNanos - now);
            if (Thread.currentThread().isInterrupted()) return 0;
        }
        return now - deadlineNanos;
    }
}
