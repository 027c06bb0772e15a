package brokerlab.protocol.paxos;

import brokerlab.protocol.LeaderCluster;
import brokerlab.protocol.ProtocolSettings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Multi-Paxos (Lamport, "Paxos made simple", 2001, section 3): every node is proposer, acceptor and learner.
 * A node that hears no leader for a random [T, T + range] runs phase 1 once: Prepare(b, c) with a higher ballot b
 * and its commit index c (every slot below c is known chosen); acceptors force their promise to disk and return
 * what they accepted at slots from c on, plus the chosen values they know there. With a majority of promises the
 * new leader re-proposes, in its ballot, the highest-ballot value reported for every slot above its (updated)
 * commit index (a no-op for gaps), never the chosen prefix, and then runs only phase 2 per operation: Accept to
 * every acceptor, each forces the value to disk and answers Accepted; a value is chosen when a majority (the
 * leader's own forced write included) accepted it. Ballots are round * n + id.
 *
 * <p>Learners: Accept and Heartbeat carry the leader's commit index, and a node learns slot s below it when it
 * accepted s in the leader's ballot (the value the leader proposed there, the only one it proposed); Accepted
 * reports the acceptor's commit index, and the leader sends a lagging learner the chosen values it misses
 * (Learn). The commit index is written with the log: a crash keeps what the last forced write covered.
 *
 * <p>Checked while running, over every acceptor, not only what a leader counted: a value is chosen in a slot the
 * moment a majority of acceptors have durably accepted it in one ballot, and also when any node learns it; two
 * different values chosen in a slot is a violation. Timers come from the run's {@link brokerlab.protocol.Timeouts}.
 */
final class PaxosCluster extends LeaderCluster {
    private static final int HEADER = 48, ENTRY = 128, LEARN_BATCH = 64;
    static final long NOOP = -1;

    private record Accepted(int ballot, long value) { }

    private final int n;
    private final PaxosBug bug;
    private final Node[] nodes;
    private final Map<Integer, Map<Accepted, Set<Integer>>> acceptances = new HashMap<>();
    private final Map<Integer, Long> chosen = new HashMap<>();
    private final Set<Long> chosenOps = new HashSet<>();

    private final class Node {
        final int id;
        // acceptor
        int promised = -1, durablePromised = -1, maxRound;
        TreeMap<Integer, Accepted> accepted = new TreeMap<>(), durable = new TreeMap<>();
        // learner: every slot below commit is learned
        final Map<Integer, Long> learned = new HashMap<>();
        int commit, durableCommit;
        // proposer
        int ballot = -1, nextSlot;
        boolean leader, preparing;
        Set<Integer> promises = new HashSet<>();
        Map<Integer, Accepted> reported = new HashMap<>();
        final Map<Integer, Long> proposal = new HashMap<>();
        final Map<Integer, Set<Integer>> acks = new HashMap<>();
        final Map<Integer, Double> proposedAt = new HashMap<>();
        int[] learnedBy = new int[0];
        int lastBeatCommit;
        int leaderHint = -1;
        long electionTimer = -1;

        Node(int id) { this.id = id; }
    }

    PaxosCluster(ProtocolSettings settings, PaxosBug bug, long seed, int replication) {
        super(settings, seed, replication);
        this.n = settings.nodes();
        this.bug = bug;
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
        if (settings.leader() >= 0) campaignAfter(settings.leader(), timeouts.election() / 2);
    }

    /** Leader placement and scripted scenarios: node {@code id} runs phase 1 after {@code delay} ms. */
    void campaignAfter(int id, double delay) {
        Node x = nodes[id];
        net.cancel(x.electionTimer);
        x.electionTimer = net.timer(x.id, delay, () -> startPhase1(x));
    }

    /** A scripted scenario's client: operation {@code op} reaches node {@code id} now. */
    void request(int id, long op) { onClientRequest(nodes[id], op); }

    @Override protected Set<String> protocolKinds() {
        return Set.of("Accept", "Accepted");
    }

    private int majority() { return bug == PaxosBug.WRONG_QUORUM ? n / 2 : n / 2 + 1; }

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
        x.learnedBy = new int[n];
        updateAvailability();
        resetTimer(x);
        net.countRound();
        int b = x.ballot, from = x.commit;
        for (int j = 0; j < n; j++) {
            int to = j;
            if (j == x.id) onPrepare(x, x.id, b, from);
            else net.send(x.id, to, "Prepare", HEADER, () -> onPrepare(nodes[to], x.id, b, from));
        }
    }

    private void onPrepare(Node a, int from, int b, int fromSlot) {
        a.maxRound = Math.max(a.maxRound, b / n);
        if (b <= a.promised && bug != PaxosBug.PROMISE_LOWER_BALLOT) {
            nack(a, from);
            return;
        }
        a.promised = b;
        if (from != a.id) { a.leader = false; a.preparing = false; resetTimer(a); updateAvailability(); }
        Map<Integer, Accepted> acc = Map.copyOf(a.accepted.tailMap(fromSlot));
        Map<Integer, Long> known = new HashMap<>();
        for (int s = fromSlot; s < a.commit; s++) known.put(s, a.learned.get(s));
        int commit = a.commit;
        net.fsync(a.id, () -> {
            a.durablePromised = Math.max(a.durablePromised, b);
            a.durableCommit = Math.max(a.durableCommit, commit);
            if (from == a.id) onPromise(a, a.id, b, acc, known, commit);
            else net.send(a.id, from, "Promise", HEADER + ENTRY * (acc.size() + known.size()),
                    () -> onPromise(nodes[from], a.id, b, acc, known, commit));
        });
    }

    private void nack(Node a, int to) {
        int p = a.promised;
        if (to != a.id) net.send(a.id, to, "Nack", HEADER, () -> onNack(nodes[to], p));
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

    private void onPromise(Node x, int from, int b, Map<Integer, Accepted> acc, Map<Integer, Long> known, int theirCommit) {
        if (!x.preparing || b != x.ballot) return;
        known.forEach((slot, v) -> learn(x, slot, v));
        x.promises.add(from);
        x.learnedBy[from] = theirCommit;
        if (bug != PaxosBug.IGNORE_PROMISED_VALUES)
            acc.forEach((slot, a) -> x.reported.merge(slot, a, (u, v) -> u.ballot() >= v.ballot() ? u : v));
        if (x.promises.size() < majority()) return;
        x.preparing = false;
        x.leader = true;
        x.leaderHint = x.id;
        metrics.election(sim.now());
        metrics.note(() -> "node " + x.id + " leads with ballot " + x.ballot + " (promises from " + x.promises + ")");
        x.proposal.clear();
        x.acks.clear();
        x.proposedAt.clear();
        for (int j = 0; j < n; j++) if (!x.promises.contains(j)) x.learnedBy[j] = x.commit;
        net.cancel(x.electionTimer);
        updateAvailability();
        int top = x.commit - 1;
        for (int s : x.reported.keySet()) top = Math.max(top, s);
        for (int s : x.learned.keySet()) top = Math.max(top, s);
        x.nextSlot = top + 1;
        for (int s = x.commit; s <= top; s++) {
            if (x.learned.containsKey(s)) continue;
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
        int b = x.ballot, c = x.commit;
        for (int j = 0; j < n; j++) {
            int to = j;
            if (j == x.id) onAccept(x, x.id, b, slot, value, c);
            else net.send(x.id, to, "Accept", HEADER + ENTRY, () -> onAccept(nodes[to], x.id, b, slot, value, c));
        }
    }

    private void onAccept(Node a, int from, int b, int slot, long value, int leaderCommit) {
        a.maxRound = Math.max(a.maxRound, b / n);
        if (b < a.promised && bug != PaxosBug.ACCEPT_LOWER_BALLOT) {
            nack(a, from);
            return;
        }
        a.promised = Math.max(a.promised, b);
        if (from != a.id) { a.leaderHint = from; a.leader = false; a.preparing = false; resetTimer(a); }
        Accepted acc = new Accepted(b, value);
        a.accepted.put(slot, acc);
        learnUpTo(a, b, leaderCommit);
        int commit = a.commit;
        Runnable answer = () -> {
            if (from == a.id) onAccepted(a, a.id, b, slot, commit);
            else net.send(a.id, from, "Accepted", HEADER, () -> onAccepted(nodes[from], a.id, b, slot, commit));
        };
        if (bug == PaxosBug.ACK_BEFORE_FSYNC) answer.run();
        net.fsync(a.id, () -> {
            a.durablePromised = Math.max(a.durablePromised, b);
            a.durable.put(slot, acc);
            a.durableCommit = Math.max(a.durableCommit, commit);
            durablyAccepted(a.id, slot, acc);
            if (bug != PaxosBug.ACK_BEFORE_FSYNC) answer.run();
        });
    }

    private void onAccepted(Node x, int from, int b, int slot, int theirCommit) {
        if (!x.leader || b != x.ballot) return;
        x.learnedBy[from] = theirCommit;
        Set<Integer> s = x.acks.get(slot);
        if (s == null || !s.add(from) || s.size() < majority()) return;
        long value = x.proposal.remove(slot);
        double t0 = x.proposedAt.remove(slot);
        x.acks.remove(slot);
        learn(x, slot, value);
        metrics.commitLatency(t0, sim.now());
        metrics.committedEntry(t0);
        if (value != NOOP) net.send(x.id, net.client(), "ClientReply", HEADER, () -> complete(value));
    }

    private void heartbeat(Node x, int b) {
        if (!x.leader || x.ballot != b) return;
        int c = x.commit;
        for (int j = 0; j < n; j++) {
            if (j == x.id) continue;
            int to = j;
            net.send(x.id, to, "Heartbeat", HEADER, () -> onHeartbeat(nodes[to], x.id, b, c));
            // behind the commit index of the previous heartbeat: piggybacking has had a whole interval and failed
            if (x.learnedBy[j] < x.lastBeatCommit) sendLearn(x, j, c);
        }
        x.lastBeatCommit = c;
        // retransmit proposals a majority has not accepted within a heartbeat interval (lost messages)
        for (Map.Entry<Integer, Set<Integer>> e : x.acks.entrySet()) {
            int slot = e.getKey();
            if (sim.now() - x.proposedAt.get(slot) < timeouts.heartbeat()) continue;
            long value = x.proposal.get(slot);
            for (int j = 0; j < n; j++)
                if (j != x.id && !e.getValue().contains(j)) {
                    int to = j;
                    net.send(x.id, to, "Accept", HEADER + ENTRY, () -> onAccept(nodes[to], x.id, b, slot, value, c));
                }
        }
        net.timer(x.id, timeouts.heartbeat(), () -> heartbeat(x, b));
    }

    /** Tells a lagging learner the chosen values it misses, a batch at a time; its next Accepted corrects the estimate. */
    private void sendLearn(Node x, int j, int c) {
        int upTo = Math.min(c, x.learnedBy[j] + LEARN_BATCH);
        Map<Integer, Long> values = new HashMap<>();
        for (int s = x.learnedBy[j]; s < upTo; s++) values.put(s, x.learned.get(s));
        x.learnedBy[j] = upTo;
        net.send(x.id, j, "Learn", HEADER + ENTRY * values.size(), () -> values.forEach((s, v) -> learn(nodes[j], s, v)));
    }

    private void onHeartbeat(Node a, int from, int b, int leaderCommit) {
        a.maxRound = Math.max(a.maxRound, b / n);
        if (b < a.promised) return;
        a.leaderHint = from;
        if (a.leader && b > a.ballot) { a.leader = false; updateAvailability(); }
        resetTimer(a);
        learnUpTo(a, b, leaderCommit);
    }

    // ---- learning and the checker ----------------------------------------------------------------------

    /** Slots below the leader's commit index that {@code a} accepted in the leader's ballot b hold the chosen value. */
    private void learnUpTo(Node a, int b, int leaderCommit) {
        for (int s = a.commit; s < leaderCommit; s++) {
            if (a.learned.containsKey(s)) continue;
            Accepted acc = a.accepted.get(s);
            if (acc != null && (acc.ballot() == b || bug == PaxosBug.LEARN_ANY_BALLOT)) learn(a, s, acc.value());
        }
    }

    private void learn(Node x, int slot, long value) {
        Long had = x.learned.putIfAbsent(slot, value);
        if (had != null) {
            if (had != value) metrics.violation("node " + x.id + " learned " + had + " and then " + value + " in slot " + slot);
            return;
        }
        while (x.learned.containsKey(x.commit)) x.commit++;
        decide(slot, value, "learned by node " + x.id);
    }

    /** The checker's view: a durable acceptance; a majority of them in one ballot chooses the value. */
    private void durablyAccepted(int acceptor, int slot, Accepted acc) {
        Set<Integer> who = acceptances.computeIfAbsent(slot, k -> new HashMap<>()).computeIfAbsent(acc, k -> new HashSet<>());
        if (who.add(acceptor) && who.size() == n / 2 + 1) decide(slot, acc.value(), "accepted by acceptors " + who + " in ballot " + acc.ballot());
    }

    private void decide(int slot, long value, String how) {
        Long prev = chosen.putIfAbsent(slot, value);
        if (prev == null) {
            metrics.note(() -> "slot " + slot + " chosen: " + (value == NOOP ? "no-op" : "value " + value) + ", " + how);
            if (value != NOOP && !chosenOps.add(value)) metrics.duplicate();
        } else if (prev != value) {
            metrics.violation("two values chosen in slot " + slot + ": " + prev + ", then " + value + " " + how);
        }
    }

    private void onCrash(int i) {
        Node a = nodes[i];
        if (net.diskLost(i)) {
            a.durablePromised = -1;
            a.durable = new TreeMap<>();
            a.durableCommit = 0;
            a.maxRound = 0;
            for (Map<Accepted, Set<Integer>> bySlot : acceptances.values()) for (Set<Integer> who : bySlot.values()) who.remove(i);
        }
        a.promised = a.durablePromised;
        a.accepted = new TreeMap<>(a.durable);
        a.learned.keySet().removeIf(s -> s >= a.durableCommit);
        a.commit = a.durableCommit;
        a.leader = false;
        a.preparing = false;
        a.leaderHint = -1;
        a.proposal.clear();
        a.acks.clear();
        a.proposedAt.clear();
        updateAvailability();
    }

    // ---- client ---------------------------------------------------------------------------------------

    @Override protected void sendRequest(long op, int target) {
        net.send(net.client(), target, "ClientRequest", HEADER + ENTRY, () -> onClientRequest(nodes[target], op));
    }
}
