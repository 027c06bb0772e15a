package brokerlab.consistency;

/**
 * A history that cannot be checked because it is malformed or inconsistent (bad JSON, an unknown operation, a
 * return without an invoke). The message is one line that names the line of the history file (or the event
 * number of a recorded history), the problem and the fix.
 */
public final class HistoryFormatException extends IllegalArgumentException {
    private final int line;

    HistoryFormatException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line (event number for recorded histories) where the problem was found. */
    public int line() { return line; }
}
