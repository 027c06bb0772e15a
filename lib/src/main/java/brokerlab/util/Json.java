package brokerlab.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The one JSON path of BrokerLab: one Jackson mapper with the house conventions, used by the command line's
 * {@code --json}, {@code Estimates.toJson()}, the run registry, the {@code data/*.meta.json} sidecars, model and
 * history files and the widget messages, so none of them can drift from the others.
 * <ul>
 *   <li>Keys are snake_case: record and bean properties are renamed ({@code createdUtc} becomes
 *       {@code created_utc}); map keys are written as given.</li>
 *   <li>NaN ("no value") is {@code null}; infinities are the strings {@code "Infinity"} and {@code "-Infinity"}
 *       (RFC 8259 §6 has neither), which Jackson, Python's {@code float()} and JavaScript's {@code Number()} read
 *       back, and {@link #toDouble} and {@link #toPlain} too. Other doubles are written as {@link Double#toString},
 *       which reads back to the same double.</li>
 *   <li>A map without an order of its own ({@code Map.of}, {@code HashMap}) is written with its keys sorted, so the
 *       same data gives the same bytes on every JVM; {@code LinkedHashMap} and {@code SortedMap} keep theirs.</li>
 *   <li>Reading is strict: content after the first value and a key given twice are errors, not ignored. Error
 *       messages ({@link #problem}) give the line and column and the kind of fault but never quote the text, so a
 *       file read by mistake is not echoed.</li>
 * </ul>
 * Jackson 2.13 cannot bind records under a naming strategy (jackson-databind issue 2992, fixed in 2.15), so
 * readers decode maps ({@link #readObject}) or trees ({@link #readTree}) rather than binding records.
 * <pre>{@code
 * Json.compact(Map.of("mean_wait", 1.97, "p99", Double.NaN, "max", Double.POSITIVE_INFINITY));
 * // {"max":"Infinity","mean_wait":1.97,"p99":null}
 * }</pre>
 */
public final class Json {
    private Json() {}

    /** The configured mapper; share it, never reconfigure it (it is used from many threads). */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addModule(new SimpleModule("brokerlab-json")
                    .addSerializer(Double.class, new Real<>(Double.class))
                    .addSerializer(Double.TYPE, new Real<>(Double.TYPE))
                    .addSerializer(Float.class, new Real<>(Float.class))
                    .addSerializer(Float.TYPE, new Real<>(Float.TYPE))
                    .addSerializer(double[].class, new Reals())
                    .addSerializer(Map.class, new Ordered()))
            .build();

    /** Two-space indents, "key": value, arrays on one line as [1, 2]: the layout the data/ files always had. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);

    /** Indented, with a final newline: for files a person may read and diff. */
    public static String write(Object value) {
        return text(MAPPER.writer(PRETTY), value) + "\n";
    }

    /** One line, no final newline: for a command's {@code --json} output, a log line or a message. */
    public static String compact(Object value) {
        return text(MAPPER.writer(), value);
    }

    private static String text(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a " + value.getClass().getSimpleName() + " cannot be written as JSON ("
                    + e.getOriginalMessage() + "); pass maps, lists, numbers, strings or records", e);
        }
    }

    /**
     * A JSON object as an ordered map (numbers as Integer, Long or Double; strings stay strings, so
     * {@code "Infinity"} is only a number where {@link #toDouble} reads it as one). Malformed text fails as
     * "{@code name} = {@code source} is invalid: it is not a JSON object: malformed text at line 2, column 7; fix
     * the JSON there".
     */
    public static Map<String, Object> readObject(String text, String name, Object source) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                String found = node == null || node.isMissingNode() ? "nothing" : node.isArray() ? "an array"
                        : node.isNull() ? "null" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
                throw Check.fail(name, source, "it is not a JSON object: the text holds " + found,
                        "write one object, {\"key\": value, ...}");
            }
            return MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw Check.fail(name, source, "it is not a JSON object: " + problem(e), "fix the JSON there");
        }
    }

    /**
     * Parses one JSON document strictly (trailing content, duplicate keys and malformed text are errors).
     *
     * @throws JsonProcessingException with line and column, without the text; {@link #problem} words it
     */
    public static JsonNode readTree(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * What is wrong with the text, in words that quote nothing from it: "content after the end of the value", "a
     * key appears twice", "the text ends early (truncated)" or "malformed text", with " at line L, column C".
     */
    public static String problem(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        String kind = m.startsWith("Trailing token") ? "content after the end of the value"
                : m.startsWith("Duplicate field") ? "a key appears twice"
                : m.contains("end-of-input") ? "the text ends early (truncated)"
                : "malformed text";
        var at = e.getLocation();
        return at == null ? kind : kind + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
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

    /** A number written by this class back as a double: null is NaN, "Infinity" and "-Infinity" the infinities. */
    public static double toDouble(Object value) {
        if (value == null) return Double.NaN;
        if (value instanceof Number n) return n.doubleValue();
        if ("Infinity".equals(value)) return Double.POSITIVE_INFINITY;
        if ("-Infinity".equals(value)) return Double.NEGATIVE_INFINITY;
        throw Check.fail("number", "\"" + value + "\"", "it must be a JSON number, null, \"Infinity\" or \"-Infinity\"",
                "write e.g. 0.5");
    }

    /** Keys in a reproducible order: a LinkedHashMap's or SortedMap's own, otherwise sorted by their text. */
    public static List<Object> orderedKeys(Map<?, ?> map) {
        List<Object> keys = new ArrayList<>(map.keySet());
        if (!(map instanceof LinkedHashMap || map instanceof SortedMap)) keys.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        return keys;
    }

    /** A double by the NaN / infinity rule above. */
    private static final class Real<T> extends StdSerializer<T> {
        Real(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) gen.writeNull();
            else if (Double.isInfinite(d)) gen.writeString(d > 0 ? "Infinity" : "-Infinity");
            else if (value instanceof Float f) gen.writeNumber(f);
            else gen.writeNumber(d);
        }
    }

    /** double[] element by element through {@link Real} (Jackson's own array writer would bypass it). */
    private static final class Reals extends StdSerializer<double[]> {
        private static final Real<Double> ELEMENT = new Real<>(Double.class);

        Reals() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray(values, values.length);
            for (double v : values) ELEMENT.serialize(v, gen, provider);
            gen.writeEndArray();
        }
    }

    /** Maps in their own order when they have one, else sorted by key text (see the class comment). */
    @SuppressWarnings("rawtypes")
    private static final class Ordered extends StdSerializer<Map> {
        Ordered() {
            super(Map.class);
        }

        @Override
        public void serialize(Map map, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(map);
            for (Object key : orderedKeys(map)) {
                gen.writeFieldName(String.valueOf(key));
                provider.defaultSerializeValue(map.get(key), gen);
            }
            gen.writeEndObject();
        }
    }
}
