package brokerlab.experiment;

import brokerlab.util.Check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One point of a {@link Sweep} grid: a value for every swept parameter, in the sweep's parameter order.
 * <pre>{@code
 * Point p = Sweep.over("rho", 0.5, 0.9).and("servers", 1, 4).points().get(3);   // rho = 0.9, servers = 4
 * p.get("rho");        // 0.9
 * p.integer("servers") // 4
 * }</pre>
 *
 * @param values parameter name to value, in parameter order
 */
public record Point(Map<String, Double> values) {
    public Point {
        Check.notNull("values", values);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a parameter; an unknown name lists the known ones. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) throw Check.fail("parameter", "\"" + name + "\"", "this sweep has no such parameter", "known: " + values.keySet());
        return v;
    }

    /** The value of an integer parameter (servers, nodes); fails if it is not a whole number. */
    public int integer(String name) {
        double v = get(name);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw Check.fail(name, v, "it must be a whole number here", "sweep it over integers");
        }
        return (int) v;
    }

    /** "rho = 0.9, servers = 4": for messages naming the point. */
    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + " = " + format(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
