package brokerlab.experiment;

import java.util.Map;

/**
 * One saved experiment run: what was run (name, parameters, seed), by what (library version, producer: a notebook
 * or a command line) and when, and what came out (results: numbers, strings, or intervals stored as
 * {@code {"estimate": x, "halfWidth": h}}). Immutable; maps keep their insertion order.
 */
public record RunRecord(String id, String name, String createdUtc, long seed, String libraryVersion, String producer,
                        Map<String, Object> parameters, Map<String, Object> results) {
    public RunRecord {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        results = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(results));
    }
}
