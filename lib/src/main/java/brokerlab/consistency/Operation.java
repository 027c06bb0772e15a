package brokerlab.consistency;

import java.util.Locale;

/**
 * One client operation: an invoke paired with its completion. {@code status} is {@link Status#OK},
 * {@link Status#FAIL} (certainly no effect) or {@link Status#INFO} (unknown outcome: a timeout, a crash, or an
 * invoke never completed in the history). Values are JSON text as in {@link HistoryEvent}: for a read
 * {@code value} is the value returned (null unless OK); for a write the value written; for a compare-and-set
 * {@code expected} and the new {@code value}. {@code invokeIndex} and {@code completeIndex} are event positions
 * in real-time order ({@code completeIndex = -1} when the history ends before the operation completes); times
 * are in ms (NaN when unknown).
 */
public record Operation(int id, int process, OpKind kind, String key, String expected, String value, Status status,
                        int invokeIndex, int completeIndex, double invokeTime, double completeTime,
                        int invokeLine, int completeLine) implements java.io.Serializable {

    /** How an operation ended, from the client's point of view. */
    public enum Status { OK, FAIL, INFO }

    /** True when the operation completed as OK: it took effect between its invoke and its completion. */
    public boolean ok() { return status == Status.OK; }

    /** Does this operation change the register when it takes effect? (Reads never do.) */
    public boolean mutates() { return kind != OpKind.READ; }

    /** The operation as a client wrote it, e.g. {@code read(x) -> 1}, {@code write(x, 2)}, {@code cas(x, 1 -> 2)}. */
    public String describe() {
        String k = key.isEmpty() ? "" : key;
        String body = switch (kind) {
            case READ -> "read(" + k + ")" + (status == Status.OK ? " -> " + show(value) : "");
            case WRITE -> "write(" + (k.isEmpty() ? "" : k + ", ") + show(value) + ")";
            case CAS -> "cas(" + (k.isEmpty() ? "" : k + ", ") + show(expected) + " -> " + show(value) + ")";
        };
        return switch (status) {
            case OK -> body;
            case FAIL -> body + " [failed]";
            case INFO -> body + " [outcome unknown]";
        };
    }

    /** Where it happened: process, lines and, when known, times, e.g. {@code process 2, lines 5-9, 10.0-12.5 ms}. */
    public String where() {
        String lines = completeLine > 0 ? "lines " + invokeLine + "-" + completeLine : "line " + invokeLine + " (never completed)";
        String times = "";
        if (!Double.isNaN(invokeTime))
            times = Double.isNaN(completeTime) ? String.format(Locale.ROOT, ", from %.3f ms", invokeTime)
                    : String.format(Locale.ROOT, ", %.3f-%.3f ms", invokeTime, completeTime);
        return "process " + process + ", " + lines + times;
    }

    /** {@code describe()} and {@code where()} together, e.g. {@code read(x) -> 1 by process 2 (lines 5-9)}. */
    @Override public String toString() { return describe() + " (" + where() + ")"; }

    /** A value for people: the JSON text, or {@code null} for a key that holds nothing yet. */
    static String show(String json) {
        return json == null ? "null" : json;
    }
}
