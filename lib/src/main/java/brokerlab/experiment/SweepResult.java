package brokerlab.experiment;

import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Every warning of every point, prefixed by the point. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) for (String w : estimates.get(i).warnings()) out.add(points.get(i) + ": " + w);
        return out;
    }
}
