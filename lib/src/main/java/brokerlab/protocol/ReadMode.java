package brokerlab.protocol;

/**
 * How a replicated store answers a read, from the safest and slowest to the fastest and unsafe. Which modes a
 * protocol offers is its own business ({@link ProtocolModel#readModes()}); asking for another fails with the list.
 * <ul>
 *   <li>{@link #LOG}: the read is an entry of the replicated log, answered when it is applied (Raft section 8:
 *       ordered with every write, so linearizable; it costs a replication round and a forced write).</li>
 *   <li>{@link #READ_INDEX}: the leader notes its commit index, confirms it still leads with a round of heartbeats
 *       acknowledged by a majority after the read arrived, waits until it has applied that index and answers from
 *       its state machine (Ongaro's thesis, section 6.4): linearizable, one round trip and no disk write.</li>
 *   <li>{@link #LEASE}: the leader (or primary) answers from its own state at once while it holds a lease: a
 *       majority (the coordination service) acknowledged a message it sent less than a lease ago, and they promise
 *       not to follow anyone else for an election (session) timeout. The lease is measured on the leader's clock,
 *       so it is linearizable only while clocks drift apart by less than the bound the lease was shortened for
 *       ({@link ClientWorkload#leaseDrift()}); a clock that runs faster breaks it.</li>
 *   <li>{@link #FOLLOWER}: any replica (Raft follower, primary-backup backup) answers from what it has applied:
 *       cheap and spread over every replica, and stale, so not linearizable.</li>
 * </ul>
 */
public enum ReadMode {
    LOG, READ_INDEX, LEASE, FOLLOWER;

    /** The name in tables and on the command line, e.g. {@code read-index}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
