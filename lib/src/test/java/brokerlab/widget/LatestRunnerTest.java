package brokerlab.widget;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Background runs: at most one at a time, a newer request cancels the stale one, only current results report. */
class LatestRunnerTest {
    private final LatestRunner runner = new LatestRunner("test-runner");
    private final List<Object> results = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        runner.close();
    }

    /** A "simulation" of many short steps that checks its token between steps, as the real ones do per replication. */
    private static int slowSquare(int x, CancelToken token, AtomicInteger running, AtomicInteger maxRunning) {
        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            for (int step = 0; step < 200; step++) {
                token.throwIfCancelled();
                sleep(1);
            }
            return x * x;
        } finally {
            running.decrementAndGet();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void fiftyQuickRequestsLeaveOneRunReportingTheLastValueAndNeverTwoRunningAtOnce() throws Exception {
        var running = new AtomicInteger();
        var maxRunning = new AtomicInteger();
        for (int i = 1; i <= 50; i++) {
            int x = i;
            runner.submit(t -> slowSquare(x, t, running, maxRunning), outcome -> results.add(outcome));
        }
        assertTrue(runner.awaitIdle(Duration.ofSeconds(20)));
        var stats = runner.stats();
        assertEquals(List.of(new RunOutcome.Completed<>(2500)), results);
        assertEquals(1, maxRunning.get());
        assertEquals(1, stats.maxConcurrent());
        assertEquals(50, stats.submitted());
        assertEquals(1, stats.completed());
        assertEquals(49, stats.skipped() + stats.cancelled(), stats.toString());
        assertTrue(stats.started() <= 2, "at most the first stale run and the last one start: " + stats);
    }

    @Test
    void aRunningStaleRequestStopsAtItsNextCheckWhenANewerOneArrives() throws Exception {
        var started = new CountDownLatch(1);
        var stale = new AtomicInteger();
        runner.submit(t -> {
            started.countDown();
            while (true) {
                t.throwIfCancelled();
                stale.incrementAndGet();
                sleep(1);
            }
        }, results::add);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        runner.submit(t -> "fresh", results::add);
        assertTrue(runner.awaitIdle(Duration.ofSeconds(5)));
        assertEquals(List.of(new RunOutcome.Completed<>("fresh")), results);
        assertEquals(1, runner.stats().cancelled());
    }

    @Test
    void aRunThatThrowsReportsItsMessageAndTheRunnerStaysUsable() throws Exception {
        runner.submit(t -> { throw new IllegalArgumentException("utilisation 1.2 >= 1: the queue is unstable\n\tat ..."); }, results::add);
        assertTrue(runner.awaitIdle(Duration.ofSeconds(5)));
        var failed = (RunOutcome.Failed<?>) results.get(0);
        assertEquals("utilisation 1.2 >= 1: the queue is unstable", failed.message(), "one line, no stack trace");
        runner.submit(t -> 42, results::add);
        assertTrue(runner.awaitIdle(Duration.ofSeconds(5)));
        assertEquals(new RunOutcome.Completed<>(42), results.get(1));
        assertEquals(1, runner.stats().failed());
    }

    @Test
    void aFailingResultHandlerDoesNotStopLaterRuns() throws Exception {
        runner.submit(t -> 1, o -> { throw new IllegalStateException("handler bug"); });
        runner.submit(t -> 2, results::add);
        assertTrue(runner.awaitIdle(Duration.ofSeconds(5)));
        assertTrue(results.isEmpty() || results.equals(List.of(new RunOutcome.Completed<>(2))));
        runner.submit(t -> 3, results::add);
        assertTrue(runner.awaitIdle(Duration.ofSeconds(5)));
        assertEquals(new RunOutcome.Completed<>(3), results.get(results.size() - 1));
    }
}
