package brokerlab.experiment;

import java.lang.reflect.Array;
import java.util.Map;

/**
 * A small JSON writer for result metadata (RFC 8259), so the engine needs no JSON library. Maps become objects
 * (keys ordered as in {@link Metrics#orderedKeys}), arrays and iterables become arrays, numbers stay numbers
 * (except NaN and infinities, which JSON cannot express and are written as the strings "NaN", "Infinity"),
 * anything else becomes its {@code toString()} as a string.
 */
final class Json {
    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object v, StringBuilder out, int indent) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) out.append(v); else string(String.valueOf(d), out);
        } else if (v instanceof Number) {
            out.append(v);
        } else if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) { out.append("{}"); return; }
            out.append('{');
            boolean first = true;
            for (Object key : Metrics.orderedKeys(map)) {
                out.append(first ? "\n" : ",\n");
                first = false;
                pad(out, indent + 1);
                string(String.valueOf(key), out);
                out.append(": ");
                write(map.get(key), out, indent + 1);
            }
            out.append('\n');
            pad(out, indent);
            out.append('}');
        } else if (v.getClass().isArray()) {
            out.append('[');
            for (int i = 0, n = Array.getLength(v); i < n; i++) {
                if (i > 0) out.append(", ");
                write(Array.get(v, i), out, indent + 1);
            }
            out.append(']');
        } else if (v instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) out.append(", ");
                first = false;
                write(item, out, indent + 1);
            }
            out.append(']');
        } else {
            string(v.toString(), out);
        }
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259 §7). */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }
}
