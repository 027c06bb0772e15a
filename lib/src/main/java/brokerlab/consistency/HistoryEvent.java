package brokerlab.consistency;

import brokerlab.util.Check;

/**
 * One line of a client history: event number {@code index} (0-based position in real-time order), its
 * {@link EventType}, the client {@code process}, the operation {@code f} on {@code key}, and its values as JSON
 * text ({@code "1"}, {@code "\"a\""}, {@code "null"}) or Java null when absent. For a write {@code value} is
 * the value written; for a read it is the value read (on {@code ok}); for a compare-and-set {@code expected} is
 * the value compared and {@code value} the new one. {@code time} is in ms (NaN when the history carries no times);
 * {@code line} is the 1-based line of the file it came from (or {@code index + 1} for recorded histories).
 */
public record HistoryEvent(int index, EventType type, int process, OpKind f, String key, String expected,
                           String value, double time, int line) implements java.io.Serializable {
    public HistoryEvent {
        Check.atLeast("index", index, 0);
        Check.notNull("type", type);
        Check.atLeast("process", process, 0);
        Check.notNull("f", f);
        Check.notNull("key", key);
        Check.atLeast("line", line, 1);
    }
}
