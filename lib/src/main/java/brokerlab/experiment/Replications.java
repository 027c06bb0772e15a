package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.RunningStats;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Independent replications run in parallel. Replication {@code r} must draw its random numbers only from
 * streams keyed by {@code r} (see {@code RandomStream.of(seed, r, source)}), so the results are identical
 * whatever the thread count; they are returned in replication order.
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
