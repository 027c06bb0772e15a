package brokerlab.protocol.raft;

import brokerlab.protocol.LeaderCluster;
import brokerlab.protocol.ProtocolSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>It also checks the safety properties of section 5.4 while it runs: election safety (one leader per term),
 * leader completeness (a new leader holds every committed entry), state-machine safety (all servers apply the
 * same entry at an index) and, at the end, log matching.
 */
final class RaftCluster extends LeaderCluster {
    final int n;
    final RaftBug bug;
    /** Entries per AppendEntries (etcd's MaxSizePerMsg in entries); unlimited unless a scenario caps it. */
    int maxBatch = Integer.MAX_VALUE;
    private final RaftServer[] servers;
    private final Map<Integer, Integer> leaderOfTerm = new HashMap<>();
    private final Map<Integer, Integer> candidatesOfTerm = new HashMap<>();
    private final List<Entry> committed = new ArrayList<>();
    private final Set<Long> committedOps = new HashSet<>();

    RaftCluster(ProtocolSettings settings, RaftBug bug, long seed, int replication) {
        super(settings, seed, replication);
        this.n = settings.nodes();
        this.bug = bug;
        servers = new RaftServer[n];
        for (int i = 0; i < n; i++) servers[i] = new RaftServer(i, this);
        net.onLifecycle(i -> { servers[i].crash(); updateAvailability(); },
                i -> { servers[i].resetElectionTimer(); updateAvailability(); });
    }

    RaftServer server(int i) { return servers[i]; }
    brokerlab.protocol.Timeouts timeouts() { return timeouts; }
    brokerlab.random.RandomStream timers() { return timers; }

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
        net.send(net.client(), target, "ClientRequest", RaftServer.HEADER + RaftServer.ENTRY, () -> servers[target].onClientRequest(op));
    }

    void redirect(long op, int from, int hint) {
        onRedirect(op, from, hint);
    }

    void onReply(long op) {
        complete(op);
    }

    // ---- checks ---------------------------------------------------------------------------------------

    void onCandidate(int term) {
        candidatesOfTerm.merge(term, 1, Integer::sum);
    }

    /** Number of candidates that stood in {@code term} (2 or more: competing candidates, a possible split vote). */
    int candidates(int term) {
        return candidatesOfTerm.getOrDefault(term, 0);
    }

    void onLeader(RaftServer s) {
        Integer prev = leaderOfTerm.putIfAbsent(s.term, s.id);
        if (prev != null && prev != s.id) metrics.violation("election safety: nodes " + prev + " and " + s.id + " lead term " + s.term);
        for (int i = 0; i < committed.size(); i++)
            if (i >= s.log.size() || !s.log.get(i).equals(committed.get(i))) {
                metrics.violation("leader completeness: leader " + s.id + " of term " + s.term + " lacks committed entry " + (i + 1));
                break;
            }
        metrics.election(sim.now());
        updateAvailability();
    }

    void onApply(int node, int index, Entry e) {
        if (index <= committed.size()) {
            if (!committed.get(index - 1).equals(e))
                metrics.violation("state machine safety: node " + node + " applies " + e + " at " + index + ", committed was " + committed.get(index - 1));
        } else {
            committed.add(e);
            if (e.op() != Entry.NOOP && !committedOps.add(e.op())) metrics.duplicate();
        }
    }

    /** Log matching (section 5.3): if two logs hold an entry with the same index and term, their prefixes agree. */
    void checkLogMatching() {
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++) {
                List<Entry> x = servers[a].log, y = servers[b].log;
                int top = Math.min(x.size(), y.size());
                while (top > 0 && x.get(top - 1).term() != y.get(top - 1).term()) top--;
                for (int i = 0; i < top; i++)
                    if (!x.get(i).equals(y.get(i))) {
                        metrics.violation("log matching: nodes " + a + " and " + b + " differ at " + (i + 1) + " below a common entry at " + top);
                        break;
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

    void updateAvailability() {
        metrics.leader(sim.now(), leader() >= 0);
    }

    /** Committed entries in index order, as the checker saw them. */
    List<Entry> committedLog() { return List.copyOf(committed); }

    /** The current log of server {@code i} (a copy). */
    List<Entry> log(int i) { return List.copyOf(servers[i].log); }

    int term(int i) { return servers[i].term; }
}
