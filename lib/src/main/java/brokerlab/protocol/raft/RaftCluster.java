package brokerlab.protocol.raft;

import brokerlab.protocol.ClientWorkload;
import brokerlab.protocol.LeaderCluster;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.ReadMode;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Network;
import brokerlab.random.RandomStream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of a Raft cluster of n servers plus one client on the network (Ongaro and Ousterhout, "In search of an
 * understandable consensus algorithm", USENIX ATC 2014): randomised election timeouts, heartbeats, pipelined
 * AppendEntries with the consistency check, commit on a majority counting the leader's own fsync, a no-op at the
 * start of each term (section 8), and a client that is redirected to the leader and retries after a timeout. The
 * state machine ignores duplicate operations (client retries), as a session table would; the duplicates are
 * counted.
 *
 * <p>The state machine is a key-value store (one per server, rebuilt from the log after a crash): a write sets its
 * key to its value, a read answers in the workload's {@link ReadMode} (see {@link RaftServer}); follower reads go
 * to server {@code op mod n} first and to the next server on each retry.
 *
 * <p>It also checks the safety properties of section 5.4 while it runs: election safety (one leader per term),
 * leader completeness (a new leader holds every committed entry), state-machine safety (all servers apply the
 * same entry at an index) and, at the end, log matching.
 */
final class RaftCluster extends LeaderCluster implements RaftHost {
    final int n;
    final RaftBug bug;
    /** Entries per AppendEntries (etcd's MaxSizePerMsg in entries); unlimited unless a scenario caps it. */
    int maxBatch = Integer.MAX_VALUE;
    private final RaftServer[] servers;
    private final Map<Integer, Integer> leaderOfTerm = new HashMap<>();
    private final Map<Integer, Integer> candidatesOfTerm = new HashMap<>();
    private final List<Entry> committed = new ArrayList<>();
    private final OpSet committedOps = new OpSet();
    private final long[][] store;        // per server, by key: the value written or NOTHING (grown to the keys written)
    private final List<OpSet> appliedOps = new ArrayList<>();             // per server: the session table

    RaftCluster(ProtocolSettings settings, RaftBug bug, long seed, int replication) {
        super(settings, seed, replication);
        this.n = settings.nodes();
        this.bug = bug;
        servers = new RaftServer[n];
        store = new long[n][0];
        for (int i = 0; i < n; i++) {
            servers[i] = new RaftServer(i, this);
            appliedOps.add(new OpSet());
        }
        net.onLifecycle(i -> { servers[i].crash(); store[i] = new long[0]; appliedOps.get(i).clear(); availabilityChanged(); },
                i -> { servers[i].resetElectionTimer(); availabilityChanged(); });
    }

    @Override public int size() { return n; }
    @Override public RaftServer server(int i) { return servers[i]; }
    @Override public int endpoint(int i) { return i; }
    @Override public Network network() { return net; }
    @Override public Timeouts timeouts() { return timeouts; }
    @Override public RandomStream timers() { return timers; }
    @Override public RaftBug bug() { return bug; }
    @Override public int maxBatch() { return maxBatch; }
    @Override public ClientWorkload workload() { return settings.workload(); }

    @Override protected void start() {
        for (RaftServer s : servers) s.resetElectionTimer();
        // leader placement: the chosen server times out at T/2, before any other timer (all fire after T)
        if (settings.leader() >= 0) servers[settings.leader()].campaignAfter(timeouts.election() / 2);
    }

    @Override protected Set<String> protocolKinds() {
        return Set.of("AppendEntries", "AppendEntriesResponse");
    }

    @Override protected void finish() {
        checkLogMatching();
    }

    // ---- client ---------------------------------------------------------------------------------------

    @Override protected void sendRequest(long op, int target) {
        if (isRead(op)) net.send(net.client(), target, "ClientRead", RaftServer.HEADER, () -> servers[target].onClientRead(op));
        else net.send(net.client(), target, "ClientRequest", RaftServer.HEADER + RaftServer.ENTRY, () -> servers[target].onClientRequest(op));
    }

    /** Follower reads go to any server, not to the leader. */
    @Override protected boolean anyServer(long op) {
        return isRead(op) && settings.workload().readMode() == ReadMode.FOLLOWER;
    }

    @Override public void redirect(RaftServer from, long op, int hint) {
        int f = from.id;
        net.send(f, net.client(), "ClientRedirect", RaftServer.HEADER, () -> onRedirect(op, f, hint));
    }

    @Override public void onCommitted(RaftServer leader, Entry e, double appendedAt) {
        if (!Double.isNaN(appendedAt)) {
            metrics.commitLatency(appendedAt, sim.now());
            metrics.committedEntry(appendedAt);
        }
        if (e.op() == Entry.NOOP) return;
        long op = e.op();
        if (isRead(op)) readDone(leader, op, readValue(leader.id, op));
        else net.send(leader.id, net.client(), "ClientReply", RaftServer.HEADER, () -> complete(op));
    }

    @Override public long readValue(int node, long op) {
        int key = keyOf(op);
        return key < store[node].length ? store[node][key] : NOTHING;
    }

    @Override public void readDone(RaftServer server, long op, long value) {
        net.send(server.id, net.client(), "ClientReply", RaftServer.HEADER, () -> completeRead(op, value));
    }

    // ---- checks ---------------------------------------------------------------------------------------

    /** A log as the terms of its entries, e.g. {@code [1 1 3]}: what decides who may win an election. */
    private static String logTerms(List<Entry> log) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < log.size(); i++) b.append(i == 0 ? "" : " ").append(log.get(i).term());
        return b.append(']').toString();
    }

    @Override public void onCandidate(int term) {
        candidatesOfTerm.merge(term, 1, Integer::sum);
    }

    /** Number of candidates that stood in {@code term} (2 or more: competing candidates, a possible split vote). */
    int candidates(int term) {
        return candidatesOfTerm.getOrDefault(term, 0);
    }

    @Override public void onLeader(RaftServer s) {
        metrics.note(() -> "node " + s.id + " leads term " + s.term + " with votes of " + new java.util.TreeSet<>(s.votes()) + ", log terms " + logTerms(s.log));
        Integer prev = leaderOfTerm.putIfAbsent(s.term, s.id);
        if (prev != null && prev != s.id) metrics.violation("election safety: nodes " + prev + " and " + s.id + " lead term " + s.term);
        for (int i = 0; i < committed.size(); i++)
            if (i >= s.log.size() || !s.log.get(i).equals(committed.get(i))) {
                metrics.violation("leader completeness: leader " + s.id + " of term " + s.term + " lacks committed entry " + (i + 1));
                break;
            }
        metrics.election(sim.now());
        availabilityChanged();
    }

    @Override public void onApply(int node, int index, Entry e) {
        long op = e.op();
        // the session table: a write applies once, however often client retries appended it
        if (op != Entry.NOOP && !isRead(op) && appliedOps.get(node).add(op)) write(node, keyOf(op), op);
        if (index <= committed.size()) {
            if (!committed.get(index - 1).equals(e))
                metrics.violation("state machine safety: node " + node + " applies " + e + " at " + index + ", committed was " + committed.get(index - 1));
        } else {
            committed.add(e);
            metrics.note(() -> "entry " + index + " committed: " + (e.op() == Entry.NOOP ? "a no-op" : "op " + e.op()) + " of term " + e.term()
                    + " (node " + node + " applies it first)");
            if (e.op() != Entry.NOOP && !committedOps.add(e.op())) metrics.duplicate();
        }
    }

    /** Arrays rather than a map per server: a boxed put for every applied write was on a run's hot path. */
    private void write(int node, int key, long op) {
        long[] values = store[node];
        if (key >= values.length) {
            values = Arrays.copyOf(values, Math.max(key + 1, 2 * values.length));
            Arrays.fill(values, store[node].length, values.length, NOTHING);
            store[node] = values;
        }
        values[key] = op;
    }

    /** Log matching (section 5.3): if two logs hold an entry with the same index and term, their prefixes agree. */
    void checkLogMatching() {
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++) {
                List<Entry> x = servers[a].log, y = servers[b].log;
                int top = Math.min(x.size(), y.size());
                while (top > 0 && x.get(top - 1).term() != y.get(top - 1).term()) top--;
                for (int i = 0; i < top; i++) {
                    Entry ex = x.get(i), ey = y.get(i);
                    // followers hold the leader's own Entry objects: one reference comparison settles most indices
                    if (ex != ey && !ex.equals(ey)) {
                        metrics.violation("log matching: nodes " + a + " and " + b + " differ at " + (i + 1) + " below a common entry at " + top);
                        break;
                    }
                }
            }
    }

    /** The up server that leads in the highest term among up servers, or -1. */
    @Override public int leader() {
        int best = -1, maxTerm = -1;
        for (RaftServer s : servers) if (net.isUp(s.id)) maxTerm = Math.max(maxTerm, s.term);
        for (RaftServer s : servers)
            if (net.isUp(s.id) && s.role == RaftServer.Role.LEADER && s.term == maxTerm) best = s.id;
        return best;
    }

    @Override public void availabilityChanged() {
        metrics.leader(sim.now(), leader() >= 0);
    }

    /** Committed entries in index order, as the checker saw them. */
    List<Entry> committedLog() { return List.copyOf(committed); }

    /** The current log of server {@code i} (a copy). */
    List<Entry> log(int i) { return List.copyOf(servers[i].log); }

    int term(int i) { return servers[i].term; }
}
