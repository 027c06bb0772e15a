package brokerlab.protocol.paxos;

import brokerlab.protocol.ClientLoad;
import brokerlab.protocol.RunMetrics;
import brokerlab.protocol.RunResult;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.raft.RaftConfig;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Multi-Paxos (Lamport, "Paxos made simple", 2001, section 3): every node is proposer, acceptor and learner.
 * A node that hears no leader for a random [T, 2T] runs phase 1 once (Prepare with a higher ballot; acceptors
 * force their promise to disk and return what they accepted); with a majority of promises it re-proposes, in its
 * ballot, the highest-ballot value reported for every slot (a no-op for gaps) and then runs only phase 2 per
 * operation: Accept to every acceptor, each forces the value to disk and answers Accepted; a value is chosen
 * when a majority (the leader's own forced write included) accepted it. Ballots are round * n + id.
 * Timing knobs are shared with Raft ({@link RaftConfig}). Checked while running: at most one value is chosen
 * per slot (the consensus safety property).
 */
public final class MultiPaxos {
    private static final int HEADER = 48, ENTRY = 128;
    static final long NOOP = -1;

    private record Accepted(int ballot, long value) { }

    private final int n;
    private final Simulator sim = new Simulator();
    private final Network net;
    private final RaftConfig cfg;
    private final RunMetrics metrics = new RunMetrics();
    private final RandomStream timers, arrivals;
    private final FaultPlan faults;
    private final Node[] nodes;
    private final Map<Integer, Long> chosen = new HashMap<>();
    private final Map<Long, double[]> pending = new HashMap<>();
    private int guess;

    private final class Node {
        final int id;
        int promised = -1, durablePromised = -1, maxRound;
        Map<Integer, Accepted> accepted = new HashMap<>(), durable = new HashMap<>();
        // proposer
        int ballot = -1, nextSlot;
        boolean leader, preparing;
        Set<Integer> promises = new HashSet<>();
        Map<Integer, Accepted> reported = new HashMap<>();
        final Map<Integer, Long> proposal = new HashMap<>();
        final Map<Integer, Set<Integer>> acks = new HashMap<>();
        final Map<Integer, Double> proposedAt = new HashMap<>();
        int leaderHint = -1;
        long electionTimer = -1;

        Node(int id) { this.id = id; }
    }

    public MultiPaxos(int n, Topology topology, NodeConfig node, RaftConfig cfg, FaultPlan faults, long seed, int replication) {
        this.n = Check.atLeast("nodes", n, 1);
        this.cfg = Check.notNull("cfg", cfg);
        this.faults = Check.notNull("faults", faults);
        if (faults.maxNode() >= n) throw Check.fail("faults", "node " + faults.maxNode(), "it must name nodes below " + n, null);
        net = new Network(sim, topology, n, node, faults.loss(), RandomStream.of(seed, replication, RandomStream.NETWORK));
        timers = RandomStream.of(seed, replication, RandomStream.FAILURES);
        arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        nodes = new Node[n];
        for (int i = 0; i < n; i++) nodes[i] = new Node(i);
        net.onLifecycle(this::onCrash, i -> { resetTimer(nodes[i]); updateAvailability(); });
    }

    public Network network() { return net; }
    public RunMetrics metrics() { return metrics; }

    /** The live node that believes it leads with the highest ballot, or -1. */
    public int leader() {
        int best = -1;
        for (Node x : nodes) if (net.isUp(x.id) && x.leader && (best < 0 || x.ballot > nodes[best].ballot)) best = x.id;
        return best;
    }

    public RunResult run(double clientRate, double duration, double drain) {
        Check.positive("duration", duration);
        for (Node x : nodes) resetTimer(x);
        faults.apply(net, this::leader);
        ClientLoad.start(sim, arrivals, clientRate, 0, duration, this::submit);
        sim.runUntil(duration + drain);
        long proto = net.messages("Accept") + net.messages("Accepted");
        return metrics.snapshot("multi-paxos", duration, sim.now(), net, proto);
    }

    private int majority() { return n / 2 + 1; }

    private void updateAvailability() { metrics.leader(sim.now(), leader() >= 0); }

    private void resetTimer(Node x) {
        net.cancel(x.electionTimer);
        x.electionTimer = net.timer(x.id, cfg.electionTimeout() + cfg.electionRange() * timers.nextDouble(), () -> startPhase1(x));
    }

    // ---- phase 1 ---------------------------------------------------------------------------------------

    private void startPhase1(Node x) {
        x.maxRound++;
        x.ballot = x.maxRound * n + x.id;
        x.leader = false;
        x.preparing = true;
        x.promises = new HashSet<>();
        x.reported = new HashMap<>();
        metrics.election();
        updateAvailability();
        resetTimer(x);
        net.countRound();
        int b = x.ballot;
        for (int j = 0; j < n; j++) {
            int to = j;
            if (j == x.id) onPrepare(x, x.id, b);
            else net.send(x.id, to, "Prepare", HEADER, () -> onPrepare(nodes[to], x.id, b));
        }
    }

    private void onPrepare(Node a, int from, int b) {
        a.maxRound = Math.max(a.maxRound, b / n);
        if (b <= a.promised) {
            int p = a.promised;
            if (from != a.id) net.send(a.id, from, "Nack", HEADER, () -> onNack(nodes[from], p));
            return;
        }
        a.promised = b;
        if (from != a.id) { a.leader = false; a.preparing = false; resetTimer(a); updateAvailability(); }
        Map<Integer, Accepted> snapshot = Map.copyOf(a.accepted);
        net.fsync(a.id, () -> {
            a.durablePromised = Math.max(a.durablePromised, b);
            if (from == a.id) onPromise(a, a.id, b, snapshot);
            else net.send(a.id, from, "Promise", HEADER + ENTRY * snapshot.size(), () -> onPromise(nodes[from], a.id, b, snapshot));
        });
    }

    private void onNack(Node x, int promised) {
        x.maxRound = Math.max(x.maxRound, promised / n);
        if (promised > x.ballot && (x.leader || x.preparing)) {
            x.leader = false;
            x.preparing = false;
            x.leaderHint = promised % n;
            resetTimer(x);
            updateAvailability();
        }
    }

    private void onPromise(Node x, int from, int b, Map<Integer, Accepted> acc) {
        if (!x.preparing || b != x.ballot) return;
        x.promises.add(from);
        acc.forEach((slot, a) -> x.reported.merge(slot, a, (u, v) -> u.ballot() >= v.ballot() ? u : v));
        if (x.promises.size() < majority()) return;
        x.preparing = false;
        x.leader = true;
        x.leaderHint = x.id;
        x.proposal.clear();
        x.acks.clear();
        x.proposedAt.clear();
        net.cancel(x.electionTimer);
        updateAvailability();
        int top = -1;
        for (int s : x.reported.keySet()) top = Math.max(top, s);
        x.nextSlot = top + 1;
        for (int s = 0; s <= top; s++) {
            Accepted a = x.reported.get(s);
            propose(x, s, a == null ? NOOP : a.value());
        }
        heartbeat(x, x.ballot);
    }

    // ---- phase 2 ---------------------------------------------------------------------------------------

    private void onClientRequest(Node x, long op) {
        if (!x.leader) {
            int hint = x.leaderHint;
            net.send(x.id, net.client(), "ClientRedirect", HEADER, () -> onRedirect(op, x.id, hint));
            return;
        }
        propose(x, x.nextSlot++, op);
    }

    private void propose(Node x, int slot, long value) {
        x.proposal.put(slot, value);
        x.acks.put(slot, new HashSet<>());
        x.proposedAt.put(slot, sim.now());
        net.countRound();
        int b = x.ballot;
        for (int j = 0; j < n; j++) {
            int to = j;
            if (j == x.id) onAccept(x, x.id, b, slot, value);
            else net.send(x.id, to, "Accept", HEADER + ENTRY, () -> onAccept(nodes[to], x.id, b, slot, value));
        }
    }

    private void onAccept(Node a, int from, int b, int slot, long value) {
        a.maxRound = Math.max(a.maxRound, b / n);
        if (b < a.promised) {
            int p = a.promised;
            if (from != a.id) net.send(a.id, from, "Nack", HEADER, () -> onNack(nodes[from], p));
            return;
        }
        a.promised = b;
        if (from != a.id) { a.leaderHint = from; a.leader = false; a.preparing = false; resetTimer(a); }
        Accepted acc = new Accepted(b, value);
        a.accepted.put(slot, acc);
        net.fsync(a.id, () -> {
            a.durablePromised = Math.max(a.durablePromised, b);
            a.durable.put(slot, acc);
            if (from == a.id) onAccepted(a, a.id, b, slot);
            else net.send(a.id, from, "Accepted", HEADER, () -> onAccepted(nodes[from], a.id, b, slot));
        });
    }

    private void onAccepted(Node x, int from, int b, int slot) {
        if (!x.leader || b != x.ballot) return;
        Set<Integer> s = x.acks.get(slot);
        if (s == null || !s.add(from) || s.size() != majority()) return;
        long value = x.proposal.get(slot);
        Long prev = chosen.putIfAbsent(slot, value);
        if (prev == null) metrics.committedEntry();
        else if (prev != value) metrics.violation("two values chosen in slot " + slot + ": " + prev + " and " + value);
        metrics.commitLatency(sim.now() - x.proposedAt.get(slot));
        if (value != NOOP) net.send(x.id, net.client(), "ClientReply", HEADER, () -> onReply(value));
    }

    private void heartbeat(Node x, int b) {
        if (!x.leader || x.ballot != b) return;
        for (int j = 0; j < n; j++) {
            if (j == x.id) continue;
            int to = j;
            net.send(x.id, to, "Heartbeat", HEADER, () -> onHeartbeat(nodes[to], x.id, b));
        }
        // retransmit proposals a majority has not accepted within a heartbeat interval (lost messages)
        for (Map.Entry<Integer, Set<Integer>> e : x.acks.entrySet()) {
            int slot = e.getKey();
            if (e.getValue().size() < majority() && sim.now() - x.proposedAt.get(slot) >= cfg.heartbeat()) {
                long value = x.proposal.get(slot);
                for (int j = 0; j < n; j++)
                    if (j != x.id && !e.getValue().contains(j)) {
                        int to = j;
                        net.send(x.id, to, "Accept", HEADER + ENTRY, () -> onAccept(nodes[to], x.id, b, slot, value));
                    }
            }
        }
        net.timer(x.id, cfg.heartbeat(), () -> heartbeat(x, b));
    }

    private void onHeartbeat(Node a, int from, int b) {
        a.maxRound = Math.max(a.maxRound, b / n);
        if (b < a.promised) return;
        a.leaderHint = from;
        if (a.leader && b > a.ballot) { a.leader = false; updateAvailability(); }
        resetTimer(a);
    }

    private void onCrash(int i) {
        Node a = nodes[i];
        a.promised = a.durablePromised;
        a.accepted = new HashMap<>(a.durable);
        a.leader = false;
        a.preparing = false;
        a.leaderHint = -1;
        updateAvailability();
    }

    // ---- client ---------------------------------------------------------------------------------------

    public void submit(long op) {
        metrics.inFlight(sim.now(), +1);
        pending.put(op, new double[]{sim.now(), -1});
        send(op, guess);
    }

    private void send(long op, int target) {
        double[] p = pending.get(op);
        if (p == null) return;
        if (p[1] >= 0) sim.cancel((long) p[1]);
        net.send(net.client(), target, "ClientRequest", HEADER + ENTRY, () -> onClientRequest(nodes[target], op));
        p[1] = sim.schedule(cfg.clientTimeout(), () -> { guess = (target + 1) % n; send(op, guess); });
    }

    private void onRedirect(long op, int from, int hint) {
        double[] p = pending.get(op);
        if (p == null) return;
        if (hint >= 0 && hint != from) { guess = hint; send(op, hint); return; }
        guess = (from + 1) % n;
        sim.cancel((long) p[1]);
        p[1] = sim.schedule(cfg.electionTimeout() / 2, () -> send(op, guess));
    }

    private void onReply(long op) {
        double[] p = pending.remove(op);
        if (p == null) return;
        sim.cancel((long) p[1]);
        metrics.response(sim.now() - p[0]);
        metrics.inFlight(sim.now(), -1);
        metrics.committedOp();
    }
}
