package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Does the answer still move if the run is longer? Runs a model through the one runner ({@link Experiment}) at
 * doubling lengths n0, 2 n0, 4 n0, ... with the plan's replications and seed, until every watched metric has
 * settled ({@link Convergence#settled}: the last two doublings each moved it by less than its interval's half-width,
 * and that half-width is at most the tolerance) or the last allowed doubling has run.
 * <pre>{@code
 * Convergence<StationRun> c = ConvergenceStudy.of(RunPlan.defaults().length(RunLength.customers(100_000)).seed(42))
 *         .doublings(7).watch(Metric.P99_RESPONSE, Metric.P999_RESPONSE).run(station);
 * c.settled(Metric.P99_RESPONSE);     // false for Lomax alpha = 1.8 at rho = 0.9: still climbing at 12.8 M customers
 * c.table(Metric.P99_RESPONSE);       // customers, estimate, interval, moved, settled at each length
 * }</pre>
 * Every length uses the same seed, so replication r at length 2n replays the arrivals and service times of
 * replication r at length n and continues them (its warm-up, a tenth of the length, also doubles): the steps
 * show what more data of the same sample path changes, not fresh noise. Same seed, same steps, whatever the
 * thread count.
 */
public final class ConvergenceStudy {
    /** The default tolerance of a settled estimate: a relative half-width of at most 10%. */
    public static final double DEFAULT_TOLERANCE = 0.10;

    private final RunPlan plan;
    private final int doublings;
    private final double tolerance;
    private final List<Metric> watched;

    private ConvergenceStudy(RunPlan plan, int doublings, double tolerance, List<Metric> watched) {
        this.plan = plan;
        this.doublings = doublings;
        this.tolerance = tolerance;
        this.watched = watched;
    }

    /**
     * A study starting at the plan's length (which must count customers), with 6 doublings, the default tolerance,
     * and no early stop until metrics are watched.
     */
    public static ConvergenceStudy of(RunPlan plan) {
        Check.notNull("plan", plan);
        if (!(plan.length() instanceof RunLength.Customers)) {
            throw Check.fail("plan.length", plan.length(), "a convergence study starts from a number of customers",
                    "use plan.length(RunLength.customers(100_000))");
        }
        if (plan.precision() != null) {
            throw Check.fail("plan.precision", plan.precision(), "a convergence study sets the lengths itself",
                    "drop the precision target from the plan");
        }
        if (plan.replications() < 2) {
            throw Check.fail("plan.replications", plan.replications(), "settling compares intervals, so at least 2 "
                    + "replications are needed", "use replications(8)");
        }
        return new ConvergenceStudy(plan, 6, DEFAULT_TOLERANCE, List.of());
    }

    /** At most {@code max} doublings after the first length (so at most max + 1 lengths). */
    public ConvergenceStudy doublings(int max) {
        Check.atLeast("doublings", max, 0);
        if (max > 40) throw Check.fail("doublings", max, "it must be <= 40 (2^40 times the first length)", "use fewer doublings");
        return new ConvergenceStudy(plan, max, tolerance, watched);
    }

    /** The largest relative half-width a settled estimate may have. */
    public ConvergenceStudy tolerance(double relativeHalfWidth) {
        return new ConvergenceStudy(plan, doublings, Check.openUnit("tolerance", relativeHalfWidth), watched);
    }

    /** Stop doubling once all these metrics have settled (none: always run every doubling). */
    public ConvergenceStudy watch(Metric... metrics) {
        Check.notNull("metrics", metrics);
        for (int i = 0; i < metrics.length; i++) Check.notNull("metrics[" + i + "]", metrics[i]);
        return new ConvergenceStudy(plan, doublings, tolerance, List.of(metrics));
    }

    /** The model at every length, without progress. */
    public <R extends Outcome> Convergence<R> run(Model<R> model) {
        return run(model, Progress.NONE);
    }

    /** The model at every length; {@code progress} hears of each finished length. */
    public <R extends Outcome> Convergence<R> run(Model<R> model, Progress progress) {
        Check.notNull("model", model);
        Check.notNull("progress", progress);
        return trace(model, (k, n) -> progress.update(k + 1, doublings + 1, String.format(Locale.ROOT, "%,d customers", n)));
    }

    private interface StepListener { void done(int step, long customers); }

    private <R extends Outcome> Convergence<R> trace(Model<R> model, StepListener listener) {
        List<Estimates<R>> steps = new ArrayList<>();
        RunLength length = plan.length();
        for (int k = 0; k <= doublings; k++) {
            steps.add(Experiment.of(model).plan(plan.length(length)).run());
            listener.done(k, ((RunLength.Customers) length).measured());
            Convergence<R> sofar = new Convergence<>(steps, tolerance);
            if (!watched.isEmpty() && watched.stream().allMatch(sofar::settled)) return sofar;
            length = length.times(2);
        }
        return new Convergence<>(steps, tolerance);
    }

    /**
     * The study at every point of a sweep grid, one point after another (each point's replications in parallel).
     * Every model is built before any runs, so a bad point fails at once, naming it.
     */
    public <R extends Outcome> Result<R> sweep(Sweep grid, Function<Point, ? extends Model<R>> models, Progress progress) {
        Check.notNull("grid", grid);
        Check.notNull("models", models);
        Check.notNull("progress", progress);
        List<Point> points = grid.points();
        List<Model<R>> built = new ArrayList<>(points.size());
        for (Point p : points) {
            try {
                built.add(Check.notNull("model at " + p, models.apply(p)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("at " + p + ": " + e.getMessage(), e);
            }
        }
        long total = (long) points.size() * (doublings + 1);
        List<Convergence<R>> traces = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            long before = (long) i * (doublings + 1);
            String where = points.get(i).toString();
            traces.add(trace(built.get(i), (k, n) -> progress.update(before + k + 1, total,
                    String.format(Locale.ROOT, "%s: %,d customers", where, n))));
            progress.update(before + doublings + 1, total, where + ": done");
        }
        return new Result<>(points, traces);
    }

    /**
     * A convergence study over a grid: the trace at each point, in grid order.
     *
     * @param points the grid points
     * @param traces the study at each point, in the same order
     * @param <R>    what one replication measures
     */
    public record Result<R extends Outcome>(List<Point> points, List<Convergence<R>> traces) {
        public Result {
            Check.notNull("points", points);
            Check.notNull("traces", traces);
            if (points.size() != traces.size()) {
                throw Check.fail("traces", traces.size() + " entries", "there must be one per point (" + points.size() + ")", null);
            }
            points = List.copyOf(points);
            traces = List.copyOf(traces);
        }

        /** The estimates at each point's longest run, as a sweep result. */
        public SweepResult<R> last() {
            return new SweepResult<>(points, traces.stream().map(Convergence::last).toList());
        }

        /**
         * One row per point: its parameters, the longest run's customers, and for each metric {@code m}, {@code m_lo},
         * {@code m_hi} (the longest run's estimate and interval), {@code m_moved} (the last doubling's relative change)
         * and {@code m_settled} ("yes"/"no").
         */
        public Table summary(Metric... metrics) {
            Table t = parameters("convergence summary", points.size(), i -> points.get(i));
            LongColumn customers = LongColumn.create("customers");
            for (Convergence<R> c : traces) customers.append(c.customers(c.steps().size() - 1));
            t.addColumns(customers);
            for (Metric m : metrics) {
                DoubleColumn est = DoubleColumn.create(m.name()), lo = DoubleColumn.create(m.name() + "_lo"),
                        hi = DoubleColumn.create(m.name() + "_hi"), moved = DoubleColumn.create(m.name() + "_moved");
                StringColumn settled = StringColumn.create(m.name() + "_settled");
                for (Convergence<R> c : traces) {
                    ConfidenceInterval ci = c.last().get(m);
                    est.append(ci.estimate());
                    lo.append(ci.lower());
                    hi.append(ci.upper());
                    moved.append(c.moved(m, c.steps().size() - 1));
                    settled.append(c.settled(m) ? "yes" : "no");
                }
                t.addColumns(est, lo, hi, moved, settled);
            }
            return t;
        }

        /** Every step of every point: the point's parameters, then {@link Convergence#table}'s columns. */
        public Table steps(Metric... metrics) {
            Table out = null;
            for (int i = 0; i < points.size(); i++) {
                Table one = traces.get(i).table(metrics);
                Point p = points.get(i);
                Table t = parameters("convergence steps", one.rowCount(), r -> p);
                t.addColumns(one.columnArray());
                out = out == null ? t : out.append(t);
            }
            return out;
        }

        private static Table parameters(String name, int rows, java.util.function.IntFunction<Point> pointOfRow) {
            Table t = Table.create(name);
            if (rows == 0) return t;
            for (String p : pointOfRow.apply(0).values().keySet()) {
                double[] col = new double[rows];
                for (int r = 0; r < rows; r++) col[r] = pointOfRow.apply(r).get(p);
                t.addColumns(DoubleColumn.create(p, col));
            }
            return t;
        }
    }
}
