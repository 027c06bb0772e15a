package brokerlab.protocol.paxos;

import brokerlab.protocol.Cluster;
import brokerlab.protocol.ProtocolSettings;

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
 * Timers come from the run's {@link brokerlab.protocol.Timeouts}. Checked while running: at most one value is chosen
 * per slot (the consensus safety property).
 */
final class PaxosCluster extends Cluster {
    private static final int HEADER = 48, ENTRY = 128;
    static final long NOOP = -1;

    private record Accepted(int ballot, long value) { }

    private final int n;
    private final Node[] nodes;
    private final Map<Integer, Long> chosen = new HashMap<>();
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

    PaxosCluster(ProtocolSettings settings, long seed, int replication) {
        super(settings, settings.nodes(), settings.nodes(), seed, replication);
        this.n = settings.nodes();
        nodes = new Node[n];
        for (int i = 0; i < n; i++) nodes[i] = new Node(i);
        net.onLifecycle(this::onCrash, i -> { resetTimer(nodes[i]); updateAvailability(); });
    }

    /** The live node that believes it leads with the highest ballot, or -1. */
    @Override public int leader() {
        int best = -1;
        for (Node x : nodes) if (net.isUp(x.id) && x.leader && (best < 0 || x.ballot > nodes[best].ballot)) best = x.id;
        return best;
    }

    @Override protected void start() {
        for (Node x : nodes) resetTimer(x);
        if (settings.leader() >= 0) {          // leader placement: the chosen node runs phase 1 at T/2, before any other
            Node x = nodes[settings.leader()];
            net.cancel(x.electionTimer);
            x.electionTimer = net.timer(x.id, timeouts.election() / 2, () -> startPhase1(x));
        }
    }

    @Override protected Set<String> protocolKinds() {
        return Set.of("Accept", "Accepted");
    }

    private int majority() { return n / 2 + 1; }

    private void updateAvailability() { metrics.leader(sim.now(), leader() >= 0); }

    private void resetTimer(Node x) {
        net.cancel(x.electionTimer);
        x.electionTimer = net.timer(x.id, timeouts.election() + timeouts.electionRange() * timers.nextDouble(), () -> startPhase1(x));
    }

    // ---- phase 1 ---------------------------------------------------------------------------------------

    private void startPhase1(Node x) {
        x.maxRound++;
        x.ballot = x.maxRound * n + x.id;
        x.leader = false;
        x.preparing = true;
        x.promises = new HashSet<>();
        x.reported = new HashMap<>();
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
        metrics.election(sim.now());
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
        double t0 = x.proposedAt.get(slot);
        Long prev = chosen.putIfAbsent(slot, value);
        if (prev == null) metrics.committedEntry(t0);
        else if (prev != value) metrics.violation("two values chosen in slot " + slot + ": " + prev + " and " + value);
        metrics.commitLatency(t0, sim.now());
        if (value != NOOP) net.send(x.id, net.client(), "ClientReply", HEADER, () -> complete(value));
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
            if (e.getValue().size() < majority() && sim.now() - x.proposedAt.get(slot) >= timeouts.heartbeat()) {
                long value = x.proposal.get(slot);
                for (int j = 0; j < n; j++)
                    if (j != x.id && !e.getValue().contains(j)) {
                        int to = j;
                        net.send(x.id, to, "Accept", HEADER + ENTRY, () -> onAccept(nodes[to], x.id, b, slot, value));
                    }
            }
        }
        net.timer(x.id, timeouts.heartbeat(), () -> heartbeat(x, b));
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

    @Override protected void onReady(int leader) {
        guess = leader;
    }

    @Override protected void send(long op) {
        send(op, guess);
    }

    @Override protected void retry(long op) {
        guess = (guess + 1) % n;
        send(op, guess);
    }

    private void send(long op, int target) {
        if (!pending(op)) return;
        net.send(net.client(), target, "ClientRequest", HEADER + ENTRY, () -> onClientRequest(nodes[target], op));
    }

    private void onRedirect(long op, int from, int hint) {
        if (!pending(op)) return;
        if (hint >= 0 && hint != from) { guess = hint; send(op, hint); rearm(op); return; }
        guess = (from + 1) % n;
        hold(op);
        sim.schedule(timeouts.election() / 2, () -> { if (pending(op)) { send(op, guess); rearm(op); } });
    }
}
