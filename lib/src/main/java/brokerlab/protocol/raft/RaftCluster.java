package brokerlab.protocol.raft;

import brokerlab.protocol.ClientLoad;
import brokerlab.protocol.RunMetrics;
import brokerlab.protocol.RunResult;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Raft cluster of n servers plus one client on the {@link Network} (Ongaro and Ousterhout, "In search of an
 * understandable consensus algorithm", USENIX ATC 2014): randomised election timeouts in [T, 2T], heartbeats,
 * pipelined AppendEntries with the consistency check, commit on a majority counting the leader's own fsync,
 * a no-op at the start of each term (section 8), and a client that is redirected to the leader and retries after a
 * timeout. The state machine ignores duplicate operations (client retries), as a session table would.
 *
 * <p>It also checks the safety properties of section 5.4 while it runs: election safety (one leader per term),
 * leader completeness (a new leader holds every committed entry), state-machine safety (all servers apply the
 * same entry at an index) and, on demand, log matching. Violations land in {@link RunResult#violations()}.
 */
public final class RaftCluster {
    final int n;
    final Simulator sim = new Simulator();
    final Network net;
    final RaftConfig cfg;
    final RunMetrics metrics = new RunMetrics();
    final RandomStream timerRng;
    private final RandomStream arrivals;
    private final FaultPlan faults;
    private final RaftServer[] servers;
    private final Map<Integer, Integer> leaderOfTerm = new HashMap<>();
    private final Map<Integer, Integer> candidatesOfTerm = new HashMap<>();
    private final List<Entry> committed = new ArrayList<>();
    private final Map<Long, double[]> pending = new HashMap<>();
    private int guess;

    public RaftCluster(int n, Topology topology, NodeConfig node, RaftConfig cfg, FaultPlan faults, long seed, int replication) {
        this.n = Check.atLeast("nodes", n, 1);
        this.cfg = Check.notNull("cfg", cfg);
        this.faults = Check.notNull("faults", faults);
        if (faults.maxNode() >= n) throw Check.fail("faults", "node " + faults.maxNode(), "it must name nodes below " + n, null);
        net = new Network(sim, topology, n, node, faults.loss(), RandomStream.of(seed, replication, RandomStream.NETWORK));
        timerRng = RandomStream.of(seed, replication, RandomStream.FAILURES);
        arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        servers = new RaftServer[n];
        for (int i = 0; i < n; i++) servers[i] = new RaftServer(i, this);
        net.onLifecycle(i -> { servers[i].crash(); updateAvailability(); },
                i -> { servers[i].resetElectionTimer(); updateAvailability(); });
    }

    RaftServer server(int i) { return servers[i]; }

    public Network network() { return net; }
    public Simulator simulator() { return sim; }
    public RunMetrics metrics() { return metrics; }

    /** Starts the election timers and the fault plan; call once before running the simulator yourself. */
    public void start() {
        for (RaftServer s : servers) s.resetElectionTimer();
        faults.apply(net, this::leader);
    }

    /**
     * Starts, offers Poisson client operations at {@code clientRate} per second for {@code duration} ms, then
     * lets in-flight work drain for {@code drain} ms, and returns the run's measurements.
     */
    public RunResult run(double clientRate, double duration, double drain) {
        Check.positive("duration", duration);
        Check.nonNegative("drain", drain);
        start();
        ClientLoad.start(sim, arrivals, clientRate, 0, duration, this::submit);
        sim.runUntil(duration + drain);
        checkLogMatching();
        long proto = net.messages("AppendEntries") + net.messages("AppendEntriesResponse");
        return metrics.snapshot("raft", duration, sim.now(), net, proto);
    }

    /** The client issues operation {@code op} to the server it believes leads. */
    public void submit(long op) {
        metrics.inFlight(sim.now(), +1);
        pending.put(op, new double[]{sim.now(), -1});
        send(op, guess);
    }

    private void send(long op, int target) {
        double[] p = pending.get(op);
        if (p == null) return;
        if (p[1] >= 0) sim.cancel((long) p[1]);
        net.send(net.client(), target, "ClientRequest", RaftServer.HEADER + RaftServer.ENTRY, () -> servers[target].onClientRequest(op));
        p[1] = sim.schedule(cfg.clientTimeout(), () -> {
            guess = (target + 1) % n;
            send(op, guess);
        });
    }

    void onRedirect(long op, int from, int hint) {
        if (!pending.containsKey(op)) return;
        if (hint >= 0) {
            guess = hint;
            send(op, hint);
        } else {
            guess = (from + 1) % n;
            double[] p = pending.get(op);
            sim.cancel((long) p[1]);
            p[1] = sim.schedule(cfg.electionTimeout() / 2, () -> send(op, guess));
        }
    }

    void onReply(long op) {
        double[] p = pending.remove(op);
        if (p == null) return;
        sim.cancel((long) p[1]);
        metrics.response(sim.now() - p[0]);
        metrics.inFlight(sim.now(), -1);
        metrics.committedOp();
    }

    void onCandidate(int term) {
        candidatesOfTerm.merge(term, 1, Integer::sum);
    }

    /** Number of candidates that stood in {@code term} (2 or more: competing candidates, a possible split vote). */
    public int candidates(int term) {
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
        updateAvailability();
    }

    void onApply(int node, int index, Entry e) {
        if (index <= committed.size()) {
            if (!committed.get(index - 1).equals(e))
                metrics.violation("state machine safety: node " + node + " applies " + e + " at " + index + ", committed was " + committed.get(index - 1));
        } else {
            committed.add(e);
            metrics.committedEntry();
        }
    }

    /** Log matching (section 5.3): if two logs hold an entry with the same index and term, their prefixes agree. */
    public void checkLogMatching() {
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
    public int leader() {
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
    public List<Entry> committedLog() { return List.copyOf(committed); }

    /** The current log of server {@code i} (a copy). */
    public List<Entry> log(int i) { return List.copyOf(servers[i].log); }

    public int term(int i) { return servers[i].term; }
}
