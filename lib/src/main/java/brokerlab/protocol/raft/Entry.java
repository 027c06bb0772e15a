package brokerlab.protocol.raft;

/** A log entry: the term it was created in and the client operation id ({@link #NOOP} for a leader's no-op). */
public record Entry(int term, long op) {
    public static final long NOOP = -1;

    // Written out rather than the record's generated pair: the safety checks compare every applied entry on every
    // server (bench: ProtocolBench), and these compile to two field comparisons.
    @Override
    public boolean equals(Object o) {
        return o instanceof Entry e && e.term == term && e.op == op;
    }

    @Override
    public int hashCode() {
        return 31 * Integer.hashCode(term) + Long.hashCode(op);
    }
}
