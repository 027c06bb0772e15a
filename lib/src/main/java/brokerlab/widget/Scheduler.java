package brokerlab.widget;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task once after a delay: the clock of {@link Debouncer}, replaceable by a manual clock in tests. */
@FunctionalInterface
public interface Scheduler {

    /** Schedules {@code task}; the handle cancels it if it has not started. */
    Handle schedule(Runnable task, Duration delay);

    /** A scheduled task that can still be called off. */
    @FunctionalInterface
    interface Handle {
        void cancel();
    }

    /** Real time, on one daemon thread (so an idle notebook kernel can still exit). */
    static Scheduler daemon(String threadName) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        return (task, delay) -> {
            ScheduledFuture<?> f = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> f.cancel(false);
        };
    }
}
