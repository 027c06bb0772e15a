package brokerlab.widget;

import brokerlab.util.Check;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs background computations one at a time, and only the latest matters: submitting a request cancels the
 * one in progress (its {@link CancelToken} turns true, so it stops at its next check and reports nothing) and
 * skips any still waiting. At most one computation runs at any moment (one worker thread), so a control moved
 * fifty times costs at most one stale run's remainder plus one fresh run, never fifty.
 *
 * <p>The completion callback runs on the worker thread, only for a run that was still current when it ended.
 */
public final class LatestRunner implements AutoCloseable {
    private final ExecutorService worker;
    private Ticket current;
    private long submitted, skipped, started, completed, failed, cancelled;
    private int running, maxConcurrent;

    public LatestRunner(String threadName) {
        Check.notNull("threadName", threadName);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code task} and cancels whatever ran or waited before it. */
    public synchronized <R> void submit(Function<CancelToken, R> task, Consumer<RunOutcome<R>> whenDone) {
        Check.notNull("task", task);
        Check.notNull("whenDone", whenDone);
        if (current != null) current.cancelled = true;
        Ticket ticket = new Ticket();
        current = ticket;
        submitted++;
        worker.execute(() -> run(ticket, task, whenDone));
    }

    /** Cancels the current run (if any) without starting another. */
    public synchronized void cancel() {
        if (current != null) current.cancelled = true;
    }

    private <R> void run(Ticket ticket, Function<CancelToken, R> task, Consumer<RunOutcome<R>> whenDone) {
        synchronized (this) {
            if (ticket.cancelled) {
                skipped++;
                notifyAll();
                return;
            }
            started++;
            running++;
            maxConcurrent = Math.max(maxConcurrent, running);
        }
        RunOutcome<R> outcome;
        try {
            outcome = new RunOutcome.Completed<>(task.apply(ticket));
        } catch (RunCancelled e) {
            outcome = null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            outcome = new RunOutcome.Failed<>(e);
        }
        boolean report;
        synchronized (this) {
            report = outcome != null && !ticket.cancelled;
            if (!report) cancelled++;
            else if (outcome instanceof RunOutcome.Failed) failed++;
            else completed++;
        }
        try {
            if (report) whenDone.accept(outcome);
        } catch (RuntimeException e) {
            // a failing callback must not kill the worker: the next request still has to run
            System.err.println("background run: result handler failed: " + e);
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    public synchronized RunnerStats stats() {
        return new RunnerStats(submitted, skipped, started, completed, failed, cancelled, running, maxConcurrent);
    }

    /**
     * Waits until every submitted request has been skipped or has finished (including its callback), or the
     * timeout passes. Returns true when idle.
     */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + Check.notNull("timeout", timeout).toNanos();
        while (skipped + completed + failed + cancelled < submitted || running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Stops the worker after the current run; later submissions are refused. */
    @Override
    public void close() {
        cancel();
        worker.shutdown();
    }

    private static final class Ticket implements CancelToken {
        volatile boolean cancelled;

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
