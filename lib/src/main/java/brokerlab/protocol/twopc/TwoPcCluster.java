package brokerlab.protocol.twopc;

import brokerlab.protocol.Cluster;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.util.Check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Two-phase commit (Gray 1978; Bernstein, Hadzilacos and Goodman 1987, ch. 7) with coordinator node 0 and
 * participants 1..p. Phase 1: Prepare to all; a participant voting yes forces a prepared record to disk before
 * its Vote (a no vote needs no forced write). Phase 2: on all yes the coordinator forces a commit record (the
 * commit point) and sends Commit; otherwise it forces an abort record and sends Abort; each participant forces
 * the outcome and acknowledges. A prepared participant cannot decide alone: if the coordinator crashes after
 * the votes, participants stay blocked (asking every retry interval) until it recovers and, finding no commit
 * record, aborts (presumed abort). The commit latency is the time from the coordinator receiving a
 * transaction to the last acknowledgement of its commit; the client hears the outcome at the commit point, the
 * coordinator's forced decision. Atomicity (no participant commits while another aborts) is checked.
 * Timers: the coordinator's vote timeout is {@code timeouts.election()}, the retry interval of undecided
 * participants and unacknowledged decisions {@code timeouts.heartbeat()}; a client that hears nothing resends the
 * transaction, which the coordinator answers from its decision or ignores while deciding.
 *
 * <p>The blocked time is the total participant-time spent prepared but undecided (the uncertainty
 * period of Bernstein, Hadzilacos and Goodman, ch. 7), failure-free transactions included: each adds about p beta
 * (beta: vote out, commit record, decision back, forced write; ~1.65 ms in one datacentre, ~71 ms over three
 * regions). A coordinator crash of downtime D adds about D per participant of each transaction it catches between
 * sending Prepare and forcing the decision (all aborted at recovery), but the client requests that reach the
 * coordinator while it is down are lost, and with them lambda D p beta of routine uncertainty. By Little's law a
 * crash at a random instant catches lambda W transactions on average (W: Prepare to decision, about beta), so the
 * two terms cancel in expectation (60 paired replications, THREE_REGIONS and ONE_DATACENTRE at 100/s: slopes
 * -1.5 +- 1.9 and -0.05 +- 0.31 per ms of D) and one run's total moves by (caught - lambda beta) p D: it falls with
 * D when the crash catches fewer than average (seed 42, replication 0, three regions, crash at 2 s: 3 caught
 * against lambda beta ~ 7; 99.1, 89.7, 81.0 s for D = 0.5, 1, 2 s). To measure the blocking a crash causes,
 * subtract the same replication without it, crash when the votes are in ({@link #crashAfterVotes}) or stop
 * arrivals at the crash; then it grows as caught transactions x p x D.
 */
final class TwoPcCluster extends Cluster {
    private static final int HEADER = 48, BODY = 128;
    private static final int COORD = 0;

    private enum State { PREPARED, COMMITTED, ABORTED }

    private final int p;
    private final double abortProbability;
    private final TwoPcBug bug;
    private final Map<Long, Boolean> heard = new HashMap<>();
    // coordinator: volatile per-transaction vote sets, durable decisions, outstanding acks
    private final Map<Long, Set<Integer>> yes = new HashMap<>();
    private final Map<Long, Boolean> durableDecision = new HashMap<>();
    private final Map<Long, Set<Integer>> awaitingAck = new HashMap<>();
    private final Set<Long> deciding = new HashSet<>();
    private final Map<Long, Double> started = new HashMap<>();
    // participants: state per transaction, time prepared, durable prepared records
    private final Map<Long, State>[] state;
    private final Map<Long, Double>[] preparedAt;
    private final Map<Long, Boolean>[] outcomes;
    private final Set<Long>[] durablePrepared;
    private long crashTxn = -1;
    private double crashDownFor;

    @SuppressWarnings("unchecked")
    TwoPcCluster(ProtocolSettings settings, double abortProbability, TwoPcBug bug, long seed, int replication) {
        super(settings, settings.nodes() + 1, settings.nodes() + 1, seed, replication);
        this.p = settings.nodes();
        this.abortProbability = abortProbability;
        this.bug = bug;
        state = new Map[p + 1];
        preparedAt = new Map[p + 1];
        outcomes = new Map[p + 1];
        durablePrepared = new Set[p + 1];
        for (int i = 0; i <= p; i++) {
            state[i] = new HashMap<>();
            preparedAt[i] = new HashMap<>();
            outcomes[i] = new HashMap<>();
            durablePrepared[i] = new HashSet<>();
        }
        net.onLifecycle(this::onCrash, this::onRecover);
    }

    @Override public int leader() { return net.isUp(COORD) ? COORD : -1; }

    @Override protected void start() {
        metrics.leader(sim.now(), true);
    }

    @Override protected Set<String> protocolKinds() {
        return Set.of("Prepare", "Vote", "Commit", "Abort", "Ack");
    }

    @Override protected void finish() {
        for (int i = 1; i <= p; i++)
            for (Map.Entry<Long, Double> e : preparedAt[i].entrySet()) metrics.blocked(sim.now() - e.getValue());
    }

    /** Crashes the coordinator the moment it holds every vote of transaction {@code txn}, for {@code downFor} ms. */
    TwoPcCluster crashAfterVotes(long txn, double downFor) {
        Check.positive("downFor", downFor);
        crashTxn = txn;
        crashDownFor = downFor;
        return this;
    }

    @Override protected void send(long txn) {
        net.send(net.client(), COORD, "ClientRequest", BODY, () -> begin(txn));
    }

    @Override protected void retry(long txn) {
        send(txn);
    }

    /** A scripted scenario's client: transaction {@code txn} reaches the coordinator now. */
    void request(long txn) { begin(txn); }

    private void begin(long txn) {
        Boolean decided = durableDecision.get(txn);
        if (decided != null) { reply(txn, decided); return; }
        if (started.containsKey(txn)) return;                 // a retry while deciding
        started.put(txn, sim.now());
        yes.put(txn, new HashSet<>());
        net.countRound();
        for (int i = 1; i <= p; i++) { int to = i; net.send(COORD, to, "Prepare", BODY, () -> onPrepare(to, txn)); }
        net.timer(COORD, timeouts.election(), () -> { if (yes.containsKey(txn)) decide(txn, false); });
    }

    private void onPrepare(int i, long txn) {
        if (state[i].containsKey(txn)) return;
        if (timers.nextDouble() < abortProbability) {
            state[i].put(txn, State.ABORTED);
            record(i, txn, false);
            net.send(i, COORD, "Vote", HEADER, () -> onVote(i, txn, false));
            return;
        }
        state[i].put(txn, State.PREPARED);
        if (bug == TwoPcBug.VOTE_BEFORE_FSYNC) net.send(i, COORD, "Vote", HEADER, () -> onVote(i, txn, true));
        net.fsync(i, () -> {
            durablePrepared[i].add(txn);
            preparedAt[i].put(txn, sim.now());
            if (bug != TwoPcBug.VOTE_BEFORE_FSYNC) net.send(i, COORD, "Vote", HEADER, () -> onVote(i, txn, true));
            askLater(i, txn);
        });
    }

    private void askLater(int i, long txn) {
        net.timer(i, timeouts.heartbeat(), () -> {
            if (state[i].get(txn) != State.PREPARED) return;
            if (bug == TwoPcBug.UNILATERAL_ABORT) { state[i].put(txn, State.ABORTED); record(i, txn, false); return; }
            net.send(i, COORD, "DecisionRequest", HEADER, () -> onDecisionRequest(i, txn));
            askLater(i, txn);
        });
    }

    private void onVote(int i, long txn, boolean ok) {
        Set<Integer> s = yes.get(txn);
        if (s == null) return;
        if (!ok) { decide(txn, false); return; }
        s.add(i);
        if (s.size() < (bug == TwoPcBug.WRONG_QUORUM ? p / 2 + 1 : p)) return;
        if (txn == crashTxn) {
            int d = COORD;
            net.crash(d);
            sim.schedule(crashDownFor, () -> net.recover(d));
            return;
        }
        decide(txn, true);
    }

    private void decide(long txn, boolean commit) {
        yes.remove(txn);
        deciding.add(txn);
        if (bug == TwoPcBug.DECIDE_BEFORE_FSYNC) announce(txn, commit);
        net.fsync(COORD, () -> {
            deciding.remove(txn);
            durableDecision.put(txn, commit);
            for (int j = 1; j <= p; j++) check(txn, outcomes[j].get(txn), commit, "participant " + j);
            check(txn, heard.get(txn), commit, "the client");
            if (bug != TwoPcBug.DECIDE_BEFORE_FSYNC) announce(txn, commit);
        });
    }

    private void announce(long txn, boolean commit) {
        reply(txn, commit);
        sendDecision(txn, commit);
    }

    private void check(long txn, Boolean seen, boolean decided, String who) {
        if (seen != null && seen != decided)
            metrics.violation("atomicity: " + who + " had " + (seen ? "commit" : "abort") + " of transaction " + txn
                    + " before the coordinator forced " + (decided ? "commit" : "abort"));
    }

    private void reply(long txn, boolean commit) {
        net.send(COORD, net.client(), "ClientReply", HEADER, () -> {
            if (complete(txn, commit)) heard.put(txn, commit);
        });
    }

    private void sendDecision(long txn, boolean commit) {
        Set<Integer> waiting = new HashSet<>();
        for (int i = 1; i <= p; i++) waiting.add(i);
        awaitingAck.put(txn, waiting);
        net.countRound();
        broadcastDecision(txn, commit, waiting);
    }

    private void broadcastDecision(long txn, boolean commit, Set<Integer> waiting) {
        for (int i : waiting) { int to = i; net.send(COORD, to, commit ? "Commit" : "Abort", HEADER, () -> onDecision(to, txn, commit)); }
        net.timer(COORD, timeouts.heartbeat(), () -> {
            Set<Integer> w = awaitingAck.get(txn);
            if (w != null && !w.isEmpty()) broadcastDecision(txn, commit, new HashSet<>(w));
        });
    }

    private void onDecision(int i, long txn, boolean commit) {
        State s = state[i].get(txn);
        if (s == State.COMMITTED || s == State.ABORTED) {
            net.send(i, COORD, "Ack", HEADER, () -> onAck(i, txn));
            return;
        }
        net.fsync(i, () -> {
            if (state[i].get(txn) != State.PREPARED && state[i].containsKey(txn)) return;
            if (commit && !durablePrepared[i].contains(txn))
                metrics.violation("participant " + i + " commits transaction " + txn + " without a forced prepared record (its work is lost)");
            state[i].put(txn, commit ? State.COMMITTED : State.ABORTED);
            Double t0 = preparedAt[i].remove(txn);
            if (t0 != null) metrics.blocked(sim.now() - t0);
            record(i, txn, commit);
            net.send(i, COORD, "Ack", HEADER, () -> onAck(i, txn));
        });
    }

    private void onAck(int i, long txn) {
        Set<Integer> w = awaitingAck.get(txn);
        if (w == null || !w.remove(i) || !w.isEmpty()) return;
        awaitingAck.remove(txn);
        Double t0 = started.remove(txn);
        if (t0 != null && Boolean.TRUE.equals(durableDecision.get(txn))) {
            metrics.commitLatency(t0, sim.now());
            metrics.committedEntry(t0);
        }
    }

    private void onDecisionRequest(int i, long txn) {
        Boolean d = durableDecision.get(txn);
        if (d == null && (yes.containsKey(txn) || deciding.contains(txn))) return;
        boolean commit = d != null && d;
        net.send(COORD, i, commit ? "Commit" : "Abort", HEADER, () -> onDecision(i, txn, commit));
    }

    private void record(int i, long txn, boolean commit) {
        Boolean prev = null;
        for (int j = 1; j <= p; j++) {
            Boolean o = outcomes[j].get(txn);
            if (o != null) { prev = o; break; }
        }
        if (prev != null && prev != commit)
            metrics.violation("atomicity: transaction " + txn + " commits at one participant and aborts at another");
        Boolean coord = durableDecision.get(txn);
        if (commit && !Boolean.TRUE.equals(coord)) metrics.violation("participant " + i + " commits " + txn + " without a commit record");
        Boolean told = heard.get(txn);
        if (told != null && told != commit) metrics.violation("atomicity: the client was told " + (told ? "commit" : "abort")
                + " of transaction " + txn + " but participant " + i + (commit ? " commits" : " aborts"));
        outcomes[i].put(txn, commit);
    }

    private void onCrash(int node) {
        if (net.diskLost(node)) {
            if (node == COORD) durableDecision.clear();
            else durablePrepared[node].clear();
        }
        if (node == COORD) {
            // volatile vote tallies and ack tracking are lost; durable decisions survive
            yes.clear();
            deciding.clear();
            awaitingAck.clear();
            metrics.leader(sim.now(), false);
            return;
        }
        state[node].entrySet().removeIf(e -> e.getValue() == State.PREPARED && !durablePrepared[node].contains(e.getKey()));
    }

    private void onRecover(int node) {
        if (node == COORD) {
            metrics.leader(sim.now(), true);
            // presumed abort: transactions started but without a durable decision are aborted on recovery
            for (Long txn : new HashSet<>(started.keySet()))
                if (!durableDecision.containsKey(txn)) decide(txn, bug == TwoPcBug.PRESUME_COMMIT);
                else sendDecision(txn, durableDecision.get(txn));
            return;
        }
        for (Map.Entry<Long, State> e : state[node].entrySet())
            if (e.getValue() == State.PREPARED) { long txn = e.getKey(); askLater(node, txn); }
    }
}
