package brokerlab.protocol.raft;

/** A log entry: the term it was created in and the client operation id ({@link #NOOP} for a leader's no-op). */
public record Entry(int term, long op) {
    public static final long NOOP = -1;
}
