package brokerlab.experiment;

import brokerlab.util.Check;
import brokerlab.util.Json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one result of a sweep point into named numbers, in a deterministic order: a record gives its numeric
 * components in declaration order; a {@code LinkedHashMap} or {@code SortedMap} its iteration order; any other map
 * (e.g. {@code Map.of}, whose order changes from one JVM to the next) its keys sorted alphabetically.
 */
final class Metrics {
    private Metrics() {}

    static LinkedHashMap<String, Double> of(Object result, String where) {
        if (result == null) throw Check.fail("result of " + where, "null", "it is required", "return a record or a map of numbers");
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        if (result instanceof Map<?, ?> map) {
            for (Object key : orderedKeys(map)) {
                out.put(String.valueOf(key), number(map.get(key), key + " of " + where));
            }
        } else if (result.getClass().isRecord()) {
            for (RecordComponent c : result.getClass().getRecordComponents()) {
                Class<?> t = c.getType();
                boolean numeric = t == double.class || t == float.class || t == int.class || t == long.class
                        || t == short.class || t == byte.class || Number.class.isAssignableFrom(t);
                if (numeric) out.put(c.getName(), number(read(c, result), c.getName() + " of " + where));
            }
        } else {
            throw Check.fail("result of " + where, result.getClass().getName(), "it must be a record or a Map of numbers",
                    "return e.g. Map.of(\"meanWait\", w) or a record with double components");
        }
        if (out.isEmpty()) throw Check.fail("result of " + where, result, "it has no numeric values", "return at least one metric");
        return out;
    }

    /** Keys in a reproducible order (see the class comment). */
    static List<Object> orderedKeys(Map<?, ?> map) {
        return Json.orderedKeys(map);
    }

    private static double number(Object value, String name) {
        if (value == null) return Double.NaN;
        if (value instanceof Number n) return n.doubleValue();
        throw Check.fail(name, value, "it must be a number", "return doubles (NaN for a missing value)");
    }

    private static Object read(RecordComponent c, Object record) {
        Method accessor = c.getAccessor();
        try {
            accessor.setAccessible(true);    // records declared in a JShell cell are not public
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new IllegalStateException("cannot read component " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
