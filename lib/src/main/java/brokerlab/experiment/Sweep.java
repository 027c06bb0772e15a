package brokerlab.experiment;

import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * A one-parameter sweep: evaluate a model at each value and collect the named metrics into a Tablesaw
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

    private Sweep(String parameter, double[] values) {
        this.parameter = parameter;
        this.values = values;
    }

    /** A sweep of {@code parameter} over {@code values} (finite, at least one). */
    public static Sweep over(String parameter, double... values) {
        Check.notNull("parameter", parameter);
        if (parameter.isBlank()) throw Check.fail("parameter", "\"\"", "it must be a name", "pass e.g. \"rho\"");
        Check.notNull("values", values);
        if (values.length == 0) throw Check.fail("values", "[]", "a sweep needs at least one value", "pass e.g. 0.5, 0.7, 0.9");
        for (int i = 0; i < values.length; i++) Check.finite("values[" + i + "]", values[i]);
        return new Sweep(parameter, values.clone());
    }

    public String parameter() { return parameter; }

    public double[] values() { return values.clone(); }

    public <R> Table run(DoubleFunction<R> point) {
        return run(point, Progress.NONE);
    }

    /** Runs every point, reporting each finished one to {@code progress} from the calling thread. */
    public <R> Table run(DoubleFunction<R> point, Progress progress) {
        Check.notNull("point", point);
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
