package brokerlab.util;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.type.TypeReference;
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
 * The one JSON path of BrokerLab: a shared Jackson mapper with the house conventions, used by the command line's
 * {@code --json}, {@code Estimates.toJson()}, the run registry and the {@code data/*.meta.json} sidecars.
 * <ul>
 *   <li>Keys are snake_case: record and bean properties are renamed ({@code createdUtc} becomes
 *       {@code created_utc}); map keys are written as given.</li>
 *   <li>NaN ("no value") is {@code null}; infinities are the strings {@code "Infinity"} and {@code "-Infinity"}
 *       (RFC 8259 has neither), which Jackson, Python's {@code float()} and JavaScript's {@code Number()} read
 *       back. Other doubles are written as {@link Double#toString}, which reads back to the same double.</li>
 *   <li>A map without an order of its own ({@code Map.of}, {@code HashMap}) is written with its keys sorted, so the
 *       same data gives the same bytes on every JVM; {@code LinkedHashMap} and {@code SortedMap} keep theirs.</li>
 * </ul>
 * <pre>{@code
 * Json.compact(Map.of("mean_wait", 1.97, "p99", Double.NaN, "max", Double.POSITIVE_INFINITY));
 * // {"max":"Infinity","mean_wait":1.97,"p99":null}
 * }</pre>
 */
public final class Json {
    private Json() {}

    /** The configured mapper; share it, never reconfigure it (it is used from many threads). */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(new SimpleModule("brokerlab-json")
                    .addSerializer(Double.class, new Real<>(Double.class))
                    .addSerializer(Double.TYPE, new Real<>(Double.TYPE))
                    .addSerializer(Float.class, new Real<>(Float.class))
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

    /** One line, no final newline: for a command's {@code --json} output. */
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
     * A JSON object as an ordered map (numbers as Integer, Long or Double). Malformed text fails as
     * "{@code name} = {@code source} is invalid: it is not a JSON object: ... at line 2, column 7; fix the JSON there".
     */
    public static Map<String, Object> readObject(String text, String name, Object source) {
        try {
            return MAPPER.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw Check.fail(name, source, "it is not a JSON object: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), "fix the JSON there");
        }
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
            List<Object> keys = new ArrayList<>(map.keySet());
            if (!(map instanceof LinkedHashMap || map instanceof SortedMap)) keys.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            gen.writeStartObject(map);
            for (Object key : keys) {
                gen.writeFieldName(String.valueOf(key));
                provider.defaultSerializeValue(map.get(key), gen);
            }
            gen.writeEndObject();
        }
    }
}
