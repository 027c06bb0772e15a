package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.RunningStats;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Independent replications run in parallel. Replication {@code r} must draw its random numbers only from
 * streams keyed by {@code r} (see {@code RandomStream.of(seed, r, source)}), so the results are identical
 * whatever the thread count; they are returned in replication order.
 *
 * <p>The overloads taking a {@link Progress} run the replications on a private pool of one thread per core while
 * the calling thread collects the results and reports progress, so the listener is only ever called from the
 * caller's thread (a notebook's display calls are safe) and an interrupt of the caller stops the run. The overload
 * taking a {@link Cancellation} also stops when that is cancelled, and returns the replications finished so far.
 */
public final class Replications {
    private Replications() {}

    /** Runs {@code replication.apply(r)} for r = 0..count-1 in parallel and returns the results in order. */
    public static <R> List<R> run(int count, IntFunction<R> replication) {
        Check.atLeast("replications", count, 1);
        Object[] out = new Object[count];
        IntStream.range(0, count).parallel().forEach(r -> out[r] = replication.apply(r));
        List<R> results = new ArrayList<>(count);
        for (Object o : out) {
            @SuppressWarnings("unchecked") R r = (R) o;
            results.add(r);
        }
        return results;
    }

    /**
     * As {@link #run(int, IntFunction)}, reporting each finished replication to {@code progress} from the calling
     * thread. The results, in replication order, are identical to those of the overload without progress.
     * The first failure of a replication is rethrown (the remaining replications are cancelled).
     */
    public static <R> List<R> run(int count, IntFunction<R> replication, Progress progress) {
        return run(count, replication, Runtime.getRuntime().availableProcessors(), progress);
    }

    /** As {@link #run(int, IntFunction, Progress)} on at most {@code threads} worker threads. */
    public static <R> List<R> run(int count, IntFunction<R> replication, int threads, Progress progress) {
        return run(count, replication, threads, progress, Cancellation.NEVER);
    }

    /**
     * As {@link #run(int, IntFunction, int, Progress)}, stopping early when {@code cancel} is cancelled: no new
     * replication starts, the ones in flight are abandoned (their threads are interrupted and are daemons), and
     * the replications finished so far are returned in replication order (possibly none). Without a cancellation
     * the result is every replication, as from the other overloads.
     */
    public static <R> List<R> run(int count, IntFunction<R> replication, int threads, Progress progress, Cancellation cancel) {
        Check.atLeast("replications", count, 1);
        Check.atLeast("threads", threads, 1);
        Check.notNull("replication", replication);
        Check.notNull("progress", progress);
        Check.notNull("cancel", cancel);
        threads = Math.min(count, threads);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "brokerlab-replication-" + threadNumber.incrementAndGet());
            t.setDaemon(true);   // never keeps a notebook kernel or CLI alive
            return t;
        });
        Object[] out = new Object[count];
        boolean[] finishedRuns = new boolean[count];
        var finished = new ExecutorCompletionService<Integer>(pool);
        try {
            for (int r = 0; r < count; r++) {
                int rep = r;
                finished.submit(() -> {
                    if (cancel.isCancelled()) throw new CancellationException("cancelled before it started");
                    out[rep] = replication.apply(rep);
                    return rep;
                });
            }
            int done = 0;
            while (done < count && !cancel.isCancelled()) {
                // a bounded wait, so a cancellation is seen within a tenth of a second even while a replication runs for hours
                Future<Integer> f = finished.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) continue;
                int rep = f.get();     // Future.get orders the worker's write of out[rep] before our read
                finishedRuns[rep] = true;
                progress.update(++done, count, "replication " + rep + " finished");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("replications interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancellationException && cancel.isCancelled()) {
                // a task that saw the cancellation before starting: nothing to collect
            } else if (cause instanceof RuntimeException re) {
                throw re;
            } else if (cause instanceof Error err) {
                throw err;
            } else {
                throw new IllegalStateException("a replication failed: " + cause, cause);
            }
        } finally {
            pool.shutdownNow();
        }
        List<R> results = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            @SuppressWarnings("unchecked") R result = (R) out[r];
            if (finishedRuns[r]) results.add(result);
        }
        return results;
    }

    /** The 95% t interval of a metric over replications. */
    public static <R> ConfidenceInterval ci95(List<R> results, ToDoubleFunction<R> metric) {
        return ci(results, metric, 0.95);
    }

    public static <R> ConfidenceInterval ci(List<R> results, ToDoubleFunction<R> metric, double level) {
        RunningStats s = new RunningStats();
        for (R r : results) s.add(metric.applyAsDouble(r));
        return ConfidenceInterval.of(s, level);
    }

    /** Runs replications of a scalar and returns its 95% interval. */
    public static ConfidenceInterval ci95(int count, IntFunction<Double> replication) {
        double[] xs = run(count, replication).stream().mapToDouble(Double::doubleValue).toArray();
        return ConfidenceInterval.of(xs, 0.95);
    }
}
