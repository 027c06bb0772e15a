package brokerlab.experiment;

import brokerlab.util.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One saved experiment run: what was run (name, parameters, seed), by what (library version, producer: a notebook
 * or a command line) and when, and what came out (results: numbers, strings, or intervals stored as
 * {@code {"estimate": x, "half_width": h, "level": 0.95, "samples": n}}). Immutable; maps keep their insertion order.
 *
 * <p>On disk (one JSON object, {@link brokerlab.util.Json} conventions): {@code id, name, created_utc, seed,
 * library_version, producer, parameters, results}. Files from before the snake_case switch
 * ({@code createdUtc}, {@code libraryVersion}) still read.
 */
public record RunRecord(String id, String name, String createdUtc, long seed, String libraryVersion, String producer,
                        Map<String, Object> parameters, Map<String, Object> results) {
    public RunRecord {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    private static final Set<String> FIELDS = Set.of("id", "name", "created_utc", "seed", "library_version", "producer",
            "parameters", "results", "createdUtc", "libraryVersion");

    /** The record as the JSON object that is written to disk. */
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("created_utc", createdUtc);
        m.put("seed", seed);
        m.put("library_version", libraryVersion);
        m.put("producer", producer);
        m.put("parameters", parameters);
        m.put("results", results);
        return m;
    }

    /**
     * Decodes a run file's JSON, strictly: every field present with its type, no unknown field. The message names
     * the field and the rule, never the file's content.
     */
    @SuppressWarnings("unchecked")
    static RunRecord fromJson(JsonNode node) {
        if (node == null || !node.isObject()) throw new IllegalArgumentException("the file is not a JSON object");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw new IllegalArgumentException("unknown field (" + f.length() + " characters)");
        }
        JsonNode seed = field(node, "seed", null);
        if (!seed.isIntegralNumber() || !seed.canConvertToLong()) throw new IllegalArgumentException("field 'seed' must be an integer");
        return new RunRecord(text(node, "id", null), text(node, "name", null), text(node, "created_utc", "createdUtc"),
                seed.longValue(), text(node, "library_version", "libraryVersion"), text(node, "producer", null),
                (Map<String, Object>) Json.toPlain(object(node, "parameters")),
                (Map<String, Object>) Json.toPlain(object(node, "results")));
    }

    private static JsonNode field(JsonNode node, String name, String legacy) {
        JsonNode v = node.get(name);
        if (v == null && legacy != null) v = node.get(legacy);
        if (v == null) throw new IllegalArgumentException("missing field '" + name + "'");
        return v;
    }

    private static String text(JsonNode node, String name, String legacy) {
        JsonNode v = field(node, name, legacy);
        if (!v.isTextual()) throw new IllegalArgumentException("field '" + name + "' must be a string");
        return v.textValue();
    }

    private static JsonNode object(JsonNode node, String name) {
        JsonNode v = field(node, name, null);
        if (!v.isObject()) throw new IllegalArgumentException("field '" + name + "' must be an object");
        return v;
    }
}
