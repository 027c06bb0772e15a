package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * How the estimates of one model moved as its run length doubled: the {@link Estimates} at each length, in order,
 * as run by a {@link ConvergenceStudy}, and the study's verdict on each metric.
 *
 * <p>Settled (the rule, stated once): at step k (run length n), a metric's estimate has <em>settled</em> when the
 * last two doublings, n/4 to n/2 and n/2 to n, each moved it by less than the half-width of its confidence interval
 * at n, and that half-width is at most {@code tolerance} times the estimate. The first condition says more data no
 * longer changes the answer by more than its own uncertainty; the second that the uncertainty is small enough to
 * quote. With heavy tails the first can hold by luck while rare huge jobs are still missing from every run, so
 * "settled" is necessary for a number to be trusted, not sufficient: a settled estimate is what this run length
 * supports, an unsettled one is not pinned down at all.
 *
 * @param steps     the estimates at each run length, shortest first (at least one)
 * @param tolerance the largest relative half-width a settled estimate may have
 * @param <R>       what one replication measures
 */
public record Convergence<R extends Outcome>(List<Estimates<R>> steps, double tolerance) {
    public Convergence {
        Check.notNull("steps", steps);
        if (steps.isEmpty()) throw Check.fail("steps", "[]", "a convergence trace needs at least one run length", null);
        steps = List.copyOf(steps);
        Check.openUnit("tolerance", tolerance);
    }

    /** The estimates at the longest run length. */
    public Estimates<R> last() {
        return steps.get(steps.size() - 1);
    }

    /** Measured customers per replication at step k. */
    public long customers(int step) {
        return measured(steps.get(step).length());
    }

    private static long measured(RunLength length) {
        if (length instanceof RunLength.Customers c) return c.measured();
        throw Check.fail("length", length, "a convergence study counts customers", "start it with RunLength.customers(n)");
    }

    /** The relative change of a metric's estimate from step k − 1 to step k; NaN at step 0. */
    public double moved(Metric metric, int step) {
        if (step == 0) return Double.NaN;
        double now = steps.get(step).point(metric), before = steps.get(step - 1).point(metric);
        return Math.abs(now - before) / Math.abs(now);
    }

    /** True when the metric has settled at step k (see the class comment); never before step 2. */
    public boolean settled(Metric metric, int step) {
        if (step < 2) return false;
        ConfidenceInterval ci = steps.get(step).get(metric);
        double h = ci.halfWidth(), e = ci.estimate();
        if (!(h >= 0) || !Double.isFinite(e) || !(h <= tolerance * Math.abs(e))) return false;
        return Math.abs(e - steps.get(step - 1).point(metric)) < h
                && Math.abs(steps.get(step - 1).point(metric) - steps.get(step - 2).point(metric)) < h;
    }

    /** True when the metric has settled at the longest run length. */
    public boolean settled(Metric metric) {
        return settled(metric, steps.size() - 1);
    }

    /** The first step at which the metric was settled, or -1. */
    public int firstSettled(Metric metric) {
        for (int k = 2; k < steps.size(); k++) if (settled(metric, k)) return k;
        return -1;
    }

    /**
     * One row per (run length, metric): customers, metric, estimate, lower, upper, method, moved (relative change
     * from the previous length) and settled ("yes"/"no").
     */
    public Table table(Metric... metrics) {
        Check.notNull("metrics", metrics);
        List<Metric> which = metrics.length == 0 ? steps.get(0).metrics() : List.of(metrics);
        Table t = Table.create("convergence", LongColumn.create("customers"), StringColumn.create("metric"),
                DoubleColumn.create("estimate"), DoubleColumn.create("lower"), DoubleColumn.create("upper"),
                StringColumn.create("method"), DoubleColumn.create("moved"), StringColumn.create("settled"));
        for (int k = 0; k < steps.size(); k++) {
            for (Metric m : which) {
                ConfidenceInterval ci = steps.get(k).get(m);
                t.longColumn("customers").append(customers(k));
                t.stringColumn("metric").append(m.name());
                t.doubleColumn("estimate").append(ci.estimate());
                t.doubleColumn("lower").append(ci.lower());
                t.doubleColumn("upper").append(ci.upper());
                t.stringColumn("method").append(ci.method());
                t.doubleColumn("moved").append(moved(m, k));
                t.stringColumn("settled").append(settled(m, k) ? "yes" : "no");
            }
        }
        return t;
    }
}
