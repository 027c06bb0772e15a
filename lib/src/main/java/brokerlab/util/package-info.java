/**
 * Small shared services that every other package leans on, one concern each: {@link brokerlab.util.Check}
 * (validation messages that name the parameter, the value, the rule and the fix, and the library's exception
 * convention: IllegalArgumentException for bad input only), {@link brokerlab.util.Json} (the one Jackson
 * configuration: snake_case keys, NaN as null, infinities as "Infinity", strict reading) and
 * {@link brokerlab.util.AtomicFiles} (crash-safe writes: temporary file, fsync, atomic rename).
 *
 * <pre>{@code
 * Check.positive("arrivalRate", -1);   // arrivalRate = -1.0 is invalid: it must be > 0 and finite; pass a positive value
 * AtomicFiles.replace(Path.of("data/x.meta.json"), Json.write(Map.of("seed", 42)));
 * }</pre>
 */
package brokerlab.util;
