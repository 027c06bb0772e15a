package brokerlab.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The one Jackson configuration for every JSON file and line BrokerLab writes or reads (run registry, result
 * sidecars, the command line), so they cannot drift apart:
 * <ul>
 *   <li>keys of records and beans in snake_case ({@code created_utc}); map keys are written as given;</li>
 *   <li>non-finite numbers, which JSON cannot hold (RFC 8259 §6): NaN as {@code null}, infinities as the strings
 *       {@code "Infinity"} and {@code "-Infinity"} (read back by {@link #toPlain(JsonNode)});</li>
 *   <li>reading is strict: anything after the first value is an error, not ignored; error messages carry line and
 *       column but never the document's text (its source is not included in locations);</li>
 *   <li>{@link #write(Object)} gives deterministic text: maps that have no order of their own (e.g.
 *       {@code Map.of}, whose order changes from one JVM to the next) are written with their keys sorted, a
 *       {@code LinkedHashMap} or {@code SortedMap} in its order; two-space indentation, arrays on one line.</li>
 * </ul>
 * Jackson 2.13 cannot read records under a naming strategy (jackson-databind issue 2992, fixed in 2.15), so
 * readers decode trees ({@link #readTree(String)}) rather than binding records.
 *
 * <pre>{@code
 * String text = JsonSupport.write(Map.of("mean_wait", 4.44, "p99", Double.POSITIVE_INFINITY));
 * // {"mean_wait": 4.44, "p99": "Infinity"} laid out over four lines
 * JsonNode back = JsonSupport.readTree(text);
 * }</pre>
 */
public final class JsonSupport {
    private JsonSupport() {}

    private static final ObjectMapper MAPPER = configure(new ObjectMapper(JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build()));

    /** A new mapper with the house configuration, for callers that need to add to it. */
    public static ObjectMapper newMapper() {
        return MAPPER.copy();
    }

    private static ObjectMapper configure(ObjectMapper m) {
        SimpleModule nonFinite = new SimpleModule("brokerlab-non-finite");
        nonFinite.addSerializer(Double.class, new NumberSerializer<>(Double.class));
        nonFinite.addSerializer(Double.TYPE, new NumberSerializer<>(Double.TYPE));
        nonFinite.addSerializer(Float.class, new NumberSerializer<>(Float.class));
        nonFinite.addSerializer(Float.TYPE, new NumberSerializer<>(Float.TYPE));
        nonFinite.addSerializer(double[].class, new StdSerializer<>(double[].class) {
            @Override public void serialize(double[] values, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray();
                for (double v : values) writeNumber(v, g);
                g.writeEndArray();
            }
        });
        return m.registerModule(nonFinite)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private static final class NumberSerializer<T extends Number> extends StdSerializer<T> {
        NumberSerializer(Class<T> type) { super(type); }
        @Override public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            writeNumber(value.doubleValue(), g);
        }
    }

    private static void writeNumber(double v, JsonGenerator g) throws IOException {
        if (Double.isNaN(v)) g.writeNull();
        else if (Double.isInfinite(v)) g.writeString(v > 0 ? "Infinity" : "-Infinity");
        else g.writeNumber(v);
    }

    /** Pretty JSON text ending in a newline, with the conventions of the class comment. */
    public static String write(Object value) {
        try {
            return MAPPER.writer(new HousePrinter()).writeValueAsString(ordered(value)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** One-line JSON text (no newline), e.g. for a log line or a {@code --json} answer. */
    public static String writeLine(Object value) {
        try {
            return MAPPER.writeValueAsString(ordered(value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Parses one JSON document strictly (trailing content, duplicate keys and malformed text are errors).
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException with line and column, without the text
     */
    public static JsonNode readTree(String text) throws com.fasterxml.jackson.core.JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * A JSON value as plain Java: objects as {@code LinkedHashMap} (document order), arrays as lists, integers as
     * Integer or Long, other numbers as Double, the strings "Infinity" and "-Infinity" as infinite doubles (the
     * write convention), null as null (so a NaN written earlier reads back as null).
     */
    public static Object toPlain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> out.put(e.getKey(), toPlain(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            node.forEach(v -> out.add(toPlain(v)));
            return out;
        }
        if (node.isIntegralNumber()) return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        if (node.isNumber()) return node.doubleValue();
        if (node.isBoolean()) return node.booleanValue();
        String text = node.asText();
        if (text.equals("Infinity")) return Double.POSITIVE_INFINITY;
        if (text.equals("-Infinity")) return Double.NEGATIVE_INFINITY;
        return text;
    }

    /** Keys in a reproducible order: a LinkedHashMap's or SortedMap's own, otherwise sorted by their text. */
    public static List<Object> orderedKeys(Map<?, ?> map) {
        List<Object> keys = new ArrayList<>(map.keySet());
        if (!(map instanceof LinkedHashMap || map instanceof SortedMap)) keys.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        return keys;
    }

    /** Maps (at any depth) copied into LinkedHashMaps in {@link #orderedKeys} order; other values as they are. */
    private static Object ordered(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Object k : orderedKeys(map)) out.put(String.valueOf(k), ordered(map.get(k)));
            return out;
        }
        if (value instanceof Iterable<?> items && !(value instanceof JsonNode)) {
            List<Object> out = new ArrayList<>();
            items.forEach(v -> out.add(ordered(v)));
            return out;
        }
        return value;
    }

    /** Two-space indented objects, one-line arrays {@code ["a", "b"]}, {@code "key": value}: the sidecars' layout. */
    private static final class HousePrinter implements PrettyPrinter, Instantiatable<HousePrinter> {
        private int nesting;

        @Override public HousePrinter createInstance() { return new HousePrinter(); }
        @Override public void writeRootValueSeparator(JsonGenerator g) throws IOException { g.writeRaw('\n'); }
        @Override public void writeStartObject(JsonGenerator g) throws IOException { g.writeRaw('{'); nesting++; }
        @Override public void beforeObjectEntries(JsonGenerator g) throws IOException { newLine(g); }
        @Override public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException { g.writeRaw(": "); }
        @Override public void writeObjectEntrySeparator(JsonGenerator g) throws IOException { g.writeRaw(','); newLine(g); }
        @Override public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            nesting--;
            if (entries > 0) newLine(g);
            g.writeRaw('}');
        }
        @Override public void writeStartArray(JsonGenerator g) throws IOException { g.writeRaw('['); }
        @Override public void beforeArrayValues(JsonGenerator g) { }
        @Override public void writeArrayValueSeparator(JsonGenerator g) throws IOException { g.writeRaw(", "); }
        @Override public void writeEndArray(JsonGenerator g, int values) throws IOException { g.writeRaw(']'); }

        private void newLine(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < nesting; i++) g.writeRaw("  ");
        }
    }
}
