package brokerlab.protocol.quorum;

import brokerlab.util.Check;

/**
 * One stored version of a key: the {@code value}, its vector clock (one counter per node: the coordinator of each
 * write ticks its own entry on top of the context the client read), the coordinator's wall-clock
 * {@code timestamp} in ms (skewed clocks make it lie) and the unique {@code writeId} that breaks timestamp ties.
 * The vector clock is kept under last-writer-wins too, as ground truth: it tells which acknowledged writes a
 * surviving version descends from, so lost writes can be counted.
 */
public record Version(long value, int[] clock, double timestamp, long writeId) {
    public Version {
        Check.notNull("clock", clock);
        Check.finite("timestamp", timestamp);
        clock = clock.clone();
    }

    /** A copy of the vector clock. */
    @Override public int[] clock() { return clock.clone(); }

    /** This version's clock is >= {@code other}'s in every entry: it saw (or is) that write. */
    public boolean descendsFrom(Version other) {
        for (int i = 0; i < clock.length; i++) if (clock[i] < other.clock[i]) return false;
        return true;
    }

    /** Last-writer-wins order: later timestamp, then larger write id. */
    public boolean newerThan(Version other) {
        return timestamp != other.timestamp ? timestamp > other.timestamp : writeId > other.writeId;
    }

    int clockEntry(int node) { return clock[node]; }
}
