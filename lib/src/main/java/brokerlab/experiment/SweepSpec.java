package brokerlab.experiment;

import brokerlab.model.QueueSpec;
import brokerlab.util.Check;
import brokerlab.util.Json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parameter sweep described as data: a base model (of a registered {@link ModelKind}), a grid over named
 * parameters of that description, and how to run each point (replications, run length, seed, level). The same
 * description runs on local threads ({@link #run()}, through {@link Sweep#experiment}) and on a cluster (module
 * {@code spark}), and reads from and writes to a JSON or YAML file ({@link SweepFile}):
 * <pre>{@code
 * SweepSpec s = SweepSpec.station(QueueSpec.of("exp(rate=1)", "exp(rate=1)", 1))
 *         .over("service.scv", 0.5, 1, 2).over("rho", 0.5, 0.7, 0.9).over("servers", 1, 4)
 *         .replications(5).customers(20_000).seed(42);
 * s.tasks();                               // 18 points x 5 replications = 90
 * s.run().table(Metric.MEAN_WAIT);         // service.scv, rho, servers, mean_wait, mean_wait_lo, mean_wait_hi
 * }</pre>
 * Grid points are the cartesian product in the order the parameters were added, the first slowest; point i,
 * replication r is task {@code i * replications + r} and uses the random streams of (seed, r), so a sweep's
 * result does not depend on where or in what order its tasks ran. A parameter name is checked against the kind
 * when it is added; every point's model is built, so validated, by {@link #models()} before any task runs.
 *
 * @param name         a file-name-safe label for results ({@code [A-Za-z0-9._-]+})
 * @param kind         a {@link ModelKinds} name: {@code station} or {@code network}
 * @param base         the base description, a JSON object of that kind (a {@code QueueSpec} for a station)
 * @param grid         parameter name to its values, in grid order; may be empty only while being built
 * @param replications independent replications per point, at least 1
 * @param length       run length of every replication
 * @param seed         master seed
 * @param level        confidence level of the intervals, in (0, 1)
 * @param metrics      the metrics the result table shows, by name; empty for all
 */
public record SweepSpec(String name, String kind, Map<String, Object> base, Map<String, List<Double>> grid,
                        int replications, RunLength length, long seed, double level, List<String> metrics) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Run length when a description does not give one: 10,000 measured customers after 1,000 warm-up. */
    public static final RunLength DEFAULT_LENGTH = RunLength.customers(10_000);

    public SweepSpec {
        Check.notNull("name", name);
        if (!NAME.matcher(name).matches()) {
            throw Check.fail("name", "'" + name + "'", "it names the result files, so letters, digits, '.', '_' or '-' only",
                    "e.g. \"mmc-error-map\"");
        }
        ModelKind k = ModelKinds.get(kind);
        base = Collections.unmodifiableMap(Json.readObject(Json.write(Check.notNull("model spec", base)), "model spec", kind));
        Check.notNull("grid", grid);
        Map<String, List<Double>> g = new LinkedHashMap<>();
        grid.forEach((p, values) -> {
            Check.notNull("values of " + p, values);
            if (values.isEmpty()) throw Check.fail("grid parameter '" + p + "'", "[]", "it has no values", "give at least one, e.g. [0.5, 0.9]");
            for (int i = 0; i < values.size(); i++) Check.finite(p + "[" + i + "]", Check.notNull(p + "[" + i + "]", values.get(i)));
            g.put(p, List.copyOf(values));
        });
        k.checkGrid(base, new ArrayList<>(g.keySet()));
        grid = Collections.unmodifiableMap(g);
        Check.atLeast("replications", replications, 1);
        Check.notNull("length", length);
        Check.openUnit("level", level);
        metrics = List.copyOf(Check.notNull("metrics", metrics));
        List<String> known = k.metrics(base);
        for (String m : metrics) {
            if (!known.isEmpty() && !known.contains(m)) {
                throw Check.fail("metric", "'" + m + "'", "a " + kind + " model does not measure it", "use one of " + known);
            }
        }
    }

    /** A sweep of one station, with an empty grid: add parameters with {@link #over}. */
    public static SweepSpec station(QueueSpec base) {
        return of("station", Json.readObject(Check.notNull("base", base).toJson(), "station", "QueueSpec"));
    }

    /** A sweep of a base description of the given kind, with an empty grid, 10 replications, seed 1, level 0.95. */
    public static SweepSpec of(String kind, Map<String, Object> base) {
        return new SweepSpec("sweep", kind, base, Map.of(), RunPlan.DEFAULT_REPLICATIONS, DEFAULT_LENGTH, 1, 0.95, List.of());
    }

    /** This sweep with one more parameter (the grid is the product; the new parameter varies fastest). */
    public SweepSpec over(String parameter, double... values) {
        Check.notNull("parameter", parameter);
        if (grid.containsKey(parameter)) throw Check.fail("parameter", parameter, "it is already swept", "give each parameter once");
        Map<String, List<Double>> g = new LinkedHashMap<>(grid);
        List<Double> v = new ArrayList<>();
        for (double x : Check.notNull("values", values)) v.add(x);
        g.put(parameter, v);
        return new SweepSpec(name, kind, base, g, replications, length, seed, level, metrics);
    }

    public SweepSpec named(String n) { return new SweepSpec(n, kind, base, grid, replications, length, seed, level, metrics); }
    public SweepSpec replications(int r) { return new SweepSpec(name, kind, base, grid, r, length, seed, level, metrics); }
    public SweepSpec length(RunLength l) { return new SweepSpec(name, kind, base, grid, replications, l, seed, level, metrics); }
    /** {@code n} measured customers after a warm-up of n / 10. */
    public SweepSpec customers(long n) { return length(RunLength.customers(n)); }
    public SweepSpec seed(long s) { return new SweepSpec(name, kind, base, grid, replications, length, s, level, metrics); }
    public SweepSpec level(double l) { return new SweepSpec(name, kind, base, grid, replications, length, seed, l, metrics); }
    /** The metrics the table shows (all when none are given). */
    public SweepSpec metrics(String... names) {
        return new SweepSpec(name, kind, base, grid, replications, length, seed, level, List.of(names));
    }

    /** The grid as a {@link Sweep}; fails when the grid is empty. */
    public Sweep sweep() {
        if (grid.isEmpty()) {
            throw Check.fail("grid", "{}", "it is empty: a sweep needs at least one parameter with values",
                    "add e.g. \"grid\": {\"rho\": [0.5, 0.7, 0.9]}");
        }
        Sweep s = null;
        for (Map.Entry<String, List<Double>> e : grid.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            s = s == null ? Sweep.over(e.getKey(), v) : s.and(e.getKey(), v);
        }
        return s;
    }

    /** Every grid point, in task order (first parameter slowest). */
    public List<Point> points() { return sweep().points(); }

    /** Grid points times replications: the number of (point, replication) tasks. */
    public int tasks() {
        if (grid.isEmpty()) sweep();                               // fails with the empty-grid message
        long n = replications;
        for (List<Double> v : grid.values()) n = Math.min(n * v.size(), (long) Integer.MAX_VALUE + 1);
        if (n > Integer.MAX_VALUE) throw Check.fail("grid", "over 2^31 tasks", "a sweep runs at most 2^31 - 1 tasks", "split it");
        return (int) n;
    }

    /** The plan of every point: this length, replications, seed and level, on {@code threads} local threads. */
    public RunPlan plan(int threads) {
        return RunPlan.defaults().length(length).replications(replications).seed(seed).level(level).threads(threads);
    }

    /** The model of grid point {@code index} (see {@link #points()}). */
    public Model<Outcome> model(int index) {
        List<Point> points = points();
        Check.atLeast("point index", index, 0);
        if (index >= points.size()) throw Check.fail("point index", index, "the grid has " + points.size() + " points", null);
        return model(points.get(index));
    }

    /**
     * Every point's model, in point order: the validation a runner does before any task starts. The first bad point
     * fails with one line naming it, e.g. {@code at rho = 1.1, servers = 2: --servers: utilisation ... >= 1 ...}.
     */
    public List<Model<Outcome>> models() {
        List<Model<Outcome>> out = new ArrayList<>();
        for (Point p : points()) out.add(model(p));
        return out;
    }

    /** The model at grid point {@code p}; an invalid or unstable point fails with one line naming it. */
    @SuppressWarnings("unchecked")
    public Model<Outcome> model(Point p) {
        try {
            return (Model<Outcome>) Check.notNull("model", ModelKinds.get(kind).model(base, p));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("at " + p + ": " + e.getMessage(), e);
        }
    }

    /** Runs on one local thread per core; see {@link #run(int, Progress)}. */
    public SweepResult<Outcome> run() {
        return run(Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }

    /** Runs every (point, replication) task on {@code threads} local threads ({@link Sweep#experiment}). */
    public SweepResult<Outcome> run(int threads, Progress progress) {
        List<Point> points = points();
        List<Model<Outcome>> models = models();
        Map<Point, Model<Outcome>> byPoint = new HashMap<>();
        for (int i = 0; i < points.size(); i++) byPoint.put(points.get(i), models.get(i));
        return sweep().experiment(byPoint::get, plan(threads), progress);
    }

    /** The metrics to tabulate from {@code result}: those named by {@link #metrics()}, or all of them. */
    public Metric[] tableMetrics(SweepResult<?> result) {
        List<Metric> all = result.at(0).metrics();
        List<Metric> out = new ArrayList<>();
        for (String m : metrics) {
            Metric found = all.stream().filter(x -> x.name().equals(m)).findFirst()
                    .orElseThrow(() -> Check.fail("metric", "'" + m + "'", "the model does not measure it",
                            "use one of " + all.stream().map(Metric::name).toList()));
            out.add(found);
        }
        return out.toArray(Metric[]::new);
    }

    /** The description as a JSON object (see {@link SweepFile} for the format). */
    public String toJson() { return SweepFile.toJson(this); }

    @Override
    public String toString() {
        return "SweepSpec(" + name + ", " + kind + ", grid " + grid.keySet() + ", " + replications + " replications x "
                + length + ", seed " + seed + ")";
    }
}
