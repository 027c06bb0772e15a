package brokerlab.control;

import brokerlab.util.Check;
import brokerlab.widget.CancelToken;
import brokerlab.widget.Debouncer;
import brokerlab.widget.LatestRunner;
import brokerlab.widget.RunOutcome;
import brokerlab.widget.RunnerStats;
import brokerlab.widget.Scheduler;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The slow half of a live panel: a request waits until the controls have rested for the quiet period
 * ({@link Debouncer}), then runs on the panel's single background thread, where a newer request cancels it
 * ({@link LatestRunner}). So a dragged slider starts one simulation, for the value it stops at.
 */
final class BackgroundWork implements AutoCloseable {
    private final Debouncer debouncer;
    private final LatestRunner runner;

    BackgroundWork(String name, Scheduler scheduler, Duration quiet) {
        Check.notNull("name", name);
        this.debouncer = new Debouncer(scheduler, quiet);
        this.runner = new LatestRunner(name);
    }

    /** After the quiet period: cancel whatever runs, then run {@code task}; {@code whenDone} gets current results only. */
    <R> void request(Runnable onStart, Function<CancelToken, R> task, Consumer<RunOutcome<R>> whenDone) {
        debouncer.call(() -> {
            onStart.run();
            runner.submit(task, whenDone);
        });
    }

    /** Drops the pending request and cancels the running one (the controls describe nothing to simulate). */
    void cancel() {
        debouncer.cancel();
        runner.cancel();
    }

    RunnerStats stats() {
        return runner.stats();
    }

    /** Waits until no request is pending or running; true when idle within the timeout. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            if (debouncer.isPending()) {
                Thread.sleep(Math.min(20, Math.max(1, left / 1_000_000)));
                continue;
            }
            if (!runner.awaitIdle(Duration.ofNanos(left))) return false;
            if (!debouncer.isPending()) return true;
        }
    }

    @Override
    public void close() {
        debouncer.cancel();
        runner.close();
    }
}
