package brokerlab.experiment;

import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * A parameter sweep. Over a grid of one or more parameters, {@link #experiment} runs a {@link Model} per point
 * through the same runner as {@link Experiment}, with every (point, replication) task in one parallel pool, and
 * returns a {@link SweepResult}:
 * <pre>{@code
 * SweepResult<StationRun> r = Sweep.over("rho", 0.5, 0.7, 0.9).and("servers", 1, 4)
 *         .experiment(p -> Station.mmc(p.get("rho") * p.get("servers"), 1, p.integer("servers")),
 *                     RunPlan.defaults().length(RunLength.customers(100_000)).seed(42));
 * r.table(Metric.MEAN_WAIT);   // rho, servers, mean_wait, mean_wait_lo, mean_wait_hi: one row per point
 * }</pre>
 * Every model is built (and so validated) before any task runs, so a bad point fails at once, naming the point.
 *
 * <p>Over one parameter, {@link #run(DoubleFunction)} also evaluates any function at each value and collects the named metrics into a Tablesaw
 * {@link Table}, one row per value (in the given order) and one column per metric after the parameter column:
 * <pre>{@code
 * Table t = Sweep.over("rho", 0.5, 0.7, 0.9)
 *                .run(rho -> Map.of("meanWait", simulate(rho).meanWait(), "erlangC", ErlangC.wait(rho)));
 * // columns: rho, erlangC, meanWait   (Map.of has no stable order, so its keys are sorted)
 * }</pre>
 * Points run in parallel (via {@link Replications}); point i is row i whatever the thread count, so the table is
 * deterministic provided each point seeds its own random streams. A point returns a record (its numeric
 * components become columns, in declaration order) or a map of numbers (insertion order for a LinkedHashMap or
 * SortedMap, otherwise keys sorted). Every point must return the same metric names.
 */
public final class Sweep {
    private final String parameter;
    private final double[] values;
    private final Map<String, double[]> grid;

    private Sweep(String parameter, double[] values, Map<String, double[]> grid) {
        this.parameter = parameter;
        this.values = values;
        this.grid = grid;
    }

    /** A sweep of {@code parameter} over {@code values} (finite, at least one). */
    public static Sweep over(String parameter, double... values) {
        Check.notNull("parameter", parameter);
        if (parameter.isBlank()) throw Check.fail("parameter", "\"\"", "it must be a name", "pass e.g. \"rho\"");
        Check.notNull("values", values);
        if (values.length == 0) throw Check.fail("values", "[]", "a sweep needs at least one value", "pass e.g. 0.5, 0.7, 0.9");
        for (int i = 0; i < values.length; i++) Check.finite("values[" + i + "]", values[i]);
        Map<String, double[]> grid = new LinkedHashMap<>();
        grid.put(parameter, values.clone());
        return new Sweep(parameter, values.clone(), grid);
    }

    /** This sweep crossed with another parameter: the grid is the cartesian product, the first parameter slowest. */
    public Sweep and(String name, double... more) {
        Sweep other = over(name, more);
        if (grid.containsKey(name)) throw Check.fail("parameter", name, "it is already swept", "give each parameter once");
        Map<String, double[]> g = new LinkedHashMap<>(grid);
        g.put(name, other.values);
        return new Sweep(parameter, values, g);
    }

    /** Every grid point, first parameter slowest (row-major). */
    public List<Point> points() {
        List<Point> out = new ArrayList<>();
        List<String> names = new ArrayList<>(grid.keySet());
        int[] index = new int[names.size()];
        while (true) {
            Map<String, Double> v = new LinkedHashMap<>();
            for (int k = 0; k < names.size(); k++) v.put(names.get(k), grid.get(names.get(k))[index[k]]);
            out.add(new Point(v));
            int k = names.size() - 1;
            while (k >= 0 && ++index[k] == grid.get(names.get(k)).length) index[k--] = 0;
            if (k < 0) return out;
        }
    }

    /** {@link #experiment(Function, RunPlan, Progress)} without progress. */
    public <R extends Outcome> SweepResult<R> experiment(Function<Point, ? extends Model<R>> models, RunPlan plan) {
        return experiment(models, plan, Progress.NONE);
    }

    /**
     * Runs {@code plan} on the model of every grid point. Without run-length control every (point, replication) is
     * one task of one parallel pool, so both cores stay busy however the work divides; with a precision target the
     * points run one after another, each with its own length control. The estimates are identical to running
     * {@code Experiment.of(model).plan(plan)} point by point, whatever the thread count.
     */
    public <R extends Outcome> SweepResult<R> experiment(Function<Point, ? extends Model<R>> models, RunPlan plan, Progress progress) {
        Check.notNull("models", models);
        Check.notNull("plan", plan);
        Check.notNull("progress", progress);
        List<Point> points = points();
        List<Model<R>> built = new ArrayList<>(points.size());
        for (Point p : points) {
            try {
                built.add(Check.notNull("model at " + p, models.apply(p)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("at " + p + ": " + e.getMessage(), e);
            }
        }
        List<Estimates<R>> estimates = new ArrayList<>(points.size());
        if (plan.precision() != null) {
            for (int i = 0; i < points.size(); i++) {
                String where = points.get(i).toString();
                estimates.add(Experiment.of(built.get(i)).plan(plan)
                        .progress((d, t, m) -> progress.update(d, t, where + ": " + m)).run());
            }
            return new SweepResult<>(points, estimates);
        }
        int reps = plan.replications();
        List<R> flat = Replications.run(points.size() * reps, task -> {
            Model<R> m = built.get(task / reps);
            try {
                return m.run(plan.lengthFor(m), plan.seed(), task % reps);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("at " + points.get(task / reps) + ", replication " + task % reps
                        + ": " + e.getMessage(), e);
            }
        }, plan.threads(), (done, total, message) -> progress.update(done, total, "task " + done + " of " + total));
        return collect(points, built, plan, flat);
    }

    /**
     * The result of a sweep whose tasks were run elsewhere (another runner, another machine): task
     * {@code i * replications + r} is replication r at point i, in that order in {@code flat}. The same assembly
     * as {@link #experiment}, so the same outcomes give identical estimates, however they were computed.
     */
    public static <R extends Outcome> SweepResult<R> collect(List<Point> points, List<? extends Model<R>> models,
                                                             RunPlan plan, List<R> flat) {
        Check.notNull("plan", plan);
        int reps = plan.replications();
        if (points.size() != models.size() || flat.size() != points.size() * reps) {
            throw Check.fail("flat", flat.size() + " outcomes", "there must be points x replications = "
                    + points.size() + " x " + reps + " of them, with one model per point (" + models.size() + ")", null);
        }
        List<Estimates<R>> estimates = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Model<R> m = models.get(i);
            estimates.add(new Estimates<>(m.describe(), plan.lengthFor(m), plan.seed(), plan.level(),
                    flat.subList(i * reps, (i + 1) * reps), List.of(), List.of()));
        }
        return new SweepResult<>(points, estimates);
    }

    public String parameter() { return parameter; }

    public double[] values() { return values.clone(); }

    /** Evaluates {@code point} at each value of the (single) swept parameter. */
    public <R> Table run(DoubleFunction<R> point) {
        return run(point, Progress.NONE);
    }

    /** Runs every point, reporting each finished one to {@code progress} from the calling thread. */
    public <R> Table run(DoubleFunction<R> point, Progress progress) {
        Check.notNull("point", point);
        if (grid.size() > 1) {
            throw Check.fail("sweep", grid.keySet(), "run(function) evaluates one parameter", "use experiment(...) for a grid");
        }
        List<R> results = Replications.run(values.length, i -> point.apply(values[i]), progress);
        List<LinkedHashMap<String, Double>> rows = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) rows.add(Metrics.of(results.get(i), parameter + " = " + values[i]));

        List<String> names = new ArrayList<>(rows.get(0).keySet());
        if (names.contains(parameter)) {
            throw Check.fail("metric name", parameter, "it repeats the swept parameter's name", "rename the metric");
        }
        Table table = Table.create("sweep over " + parameter);
        table.addColumns(DoubleColumn.create(parameter, values));
        for (String name : names) {
            double[] column = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                Map<String, Double> row = rows.get(i);
                if (!row.keySet().equals(rows.get(0).keySet())) {
                    throw Check.fail("metrics at " + parameter + " = " + values[i], row.keySet(),
                            "every point must return the same metrics as the first " + rows.get(0).keySet(),
                            "return the same names (NaN for a missing value)");
                }
                column[i] = row.get(name);
            }
            table.addColumns(DoubleColumn.create(name, column));
        }
        return table;
    }
}
