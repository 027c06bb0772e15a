package brokerlab.protocol.raft;

import brokerlab.protocol.ClientWorkload;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Network;
import brokerlab.random.RandomStream;

/**
 * What a {@link RaftServer} needs from the run around it: its peers and where they sit on the network, the timers,
 * and what to do with the events a server cannot decide alone (a new leader, an applied entry, a committed entry at
 * its leader, a request that reached a follower, a read). {@code RaftCluster}, a Raft cluster serving a client, is
 * the host today; the interface keeps the server's needs explicit, so a Raft group embedded in a larger system can
 * run the same server code.
 */
interface RaftHost {
    /** Servers in the group. */
    int size();

    RaftServer server(int i);

    /** The network endpoint of server {@code i}. */
    int endpoint(int i);

    Network network();

    Timeouts timeouts();

    /** The stream election timeouts are drawn from. */
    RandomStream timers();

    /** The planted bug, or null. */
    RaftBug bug();

    /** Entries per AppendEntries. */
    int maxBatch();

    /** The client's workload: how reads are answered and how long leases last. */
    ClientWorkload workload();

    /** A server became a candidate in {@code term}. */
    void onCandidate(int term);

    /** Server {@code s} became leader of its current term. */
    void onLeader(RaftServer s);

    /** Server {@code node} applied entry {@code e} at {@code index} to its state machine. */
    void onApply(int node, int index, Entry e);

    /** Some server's role or knowledge of the leader changed. */
    void availabilityChanged();

    /** Entry {@code e}, appended at {@code appendedAt} ms by {@code leader} in its current term, committed and applied there. */
    void onCommitted(RaftServer leader, Entry e, double appendedAt);

    /** A client request reached {@code from}, which does not lead; {@code hint} is the leader it knows, or -1. */
    void redirect(RaftServer from, long op, int hint);

    /** The value server {@code node}'s state machine holds for the key read by {@code op}. */
    long readValue(int node, long op);

    /** Read {@code op} was answered by {@code server} with {@code value}. */
    void readDone(RaftServer server, long op, long value);
}
