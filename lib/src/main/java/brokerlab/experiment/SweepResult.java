package brokerlab.experiment;

import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The estimates of a model at every point of a {@link Sweep} grid, in grid order.
 * {@link #table(Metric...)} lays them out one row per point: the parameters, then for each metric its estimate and
 * interval ends ({@code m}, {@code m_lo}, {@code m_hi}).
 *
 * @param points    the grid points, in order
 * @param estimates the estimates at each point, in the same order
 * @param <R>       what one replication measures
 */
public record SweepResult<R extends Outcome>(List<Point> points, List<Estimates<R>> estimates) {
    public SweepResult {
        Check.notNull("points", points);
        Check.notNull("estimates", estimates);
        if (points.size() != estimates.size()) {
            throw Check.fail("estimates", estimates.size() + " entries", "there must be one per point (" + points.size() + ")", null);
        }
        points = List.copyOf(points);
        estimates = List.copyOf(estimates);
    }

    /** The estimates at point {@code i}. */
    public Estimates<R> at(int i) {
        return estimates.get(i);
    }

    /** One row per point: parameters, then each metric with its interval (all metrics when none are named). */
    public Table table(Metric... metrics) {
        Table t = Table.create("sweep");
        for (String p : points.get(0).values().keySet()) {
            double[] col = new double[points.size()];
            for (int i = 0; i < col.length; i++) col[i] = points.get(i).get(p);
            t.addColumns(DoubleColumn.create(p, col));
        }
        List<Map<String, Double>> rows = new ArrayList<>();
        for (Estimates<R> e : estimates) rows.add(e.row(metrics));
        for (String name : rows.get(0).keySet()) {
            if (t.columnNames().contains(name)) {
                throw Check.fail("metric name", name, "it repeats a swept parameter's name", "rename the parameter");
            }
            double[] col = new double[rows.size()];
            for (int i = 0; i < col.length; i++) col[i] = rows.get(i).get(name);
            t.addColumns(DoubleColumn.create(name, col));
        }
        return t;
    }

    /**
     * One row per point: the parameters, then for each metric {@code m} its estimate and interval ends divided by a
     * reference value at that point (an exact or textbook value), as {@code m_ratio}, {@code m_ratio_lo},
     * {@code m_ratio_hi}, and the interval's method as {@code m_method} ("t", "median", "pooled, bootstrap", ...).
     * <pre>{@code
     * r.ratios(Map.of(Metric.P99_RESPONSE, p -> mmc(p).responsePercentile(0.99)));   // p99 / the M/M/c p99
     * }</pre>
     * Metrics appear in the map's iteration order (use a LinkedHashMap to choose it).
     */
    public Table ratios(Map<Metric, ToDoubleFunction<Point>> references) {
        Check.notNull("references", references);
        Table t = table(references.keySet().toArray(new Metric[0]));
        Table out = Table.create("ratios");
        for (String p : points.get(0).values().keySet()) out.addColumns(t.doubleColumn(p).copy());
        for (var e : references.entrySet()) {
            String m = e.getKey().name();
            double[] reference = new double[points.size()];
            for (int i = 0; i < reference.length; i++) {
                reference[i] = e.getValue().applyAsDouble(points.get(i));
                if (!(reference[i] > 0) || Double.isInfinite(reference[i])) {
                    throw Check.fail("reference of " + m + " at " + points.get(i), reference[i], "it must be positive and finite",
                            "divide by a finite reference value");
                }
            }
            for (String suffix : new String[]{"", "_lo", "_hi"}) {
                double[] v = t.doubleColumn(m + suffix).asDoubleArray();
                for (int i = 0; i < v.length; i++) v[i] /= reference[i];
                out.addColumns(DoubleColumn.create(m + "_ratio" + suffix, v));
            }
            StringColumn method = StringColumn.create(m + "_method");
            for (Estimates<R> es : estimates) method.append(es.get(e.getKey()).method());
            out.addColumns(method);
        }
        return out;
    }

    /** Every warning of every point, prefixed by the point. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) for (String w : estimates.get(i).warnings()) out.add(points.get(i) + ": " + w);
        return out;
    }
}
