package brokerlab.protocol.pbft;

import brokerlab.protocol.Cluster;
import brokerlab.protocol.ProtocolSettings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Practical Byzantine Fault Tolerance (Castro and Liskov, OSDI 1999) with n = 3f + 1 replicas. Normal case: the
 * primary of view v (replica v mod n) sends PrePrepare(v, s, d) to the backups; each backup sends Prepare to every
 * other replica; a replica holding the pre-prepare and 2f matching prepares is prepared and sends Commit to every
 * other replica; with 2f + 1 matching commits (its own included) it commits, executes in sequence order and
 * replies; the client accepts a result after f + 1 matching replies. View change (section 4.4): a replica whose
 * request is not executed in time sends ViewChange(v+1) with its prepared certificates; the new primary, with
 * 2f + 1 of them, re-issues for every sequence number the digest prepared in the highest view (a null request for
 * gaps) in NewView. Signatures are modelled by letting faulty replicas omit but never forge certificates.
 * Requests are executed from memory, without forced writes, as in the paper's normal case; there are no
 * checkpoints, so view changes carry the whole history, and a crashed replica resumes with its memory intact
 * (a crash is a pause; the paper's recovery from checkpoints is left out). The client learns the view from replies.
 *
 * <p>Timers: the view-change timeout is {@code timeouts.election()}, the client's retry (a broadcast to every
 * replica) {@code timeouts.client()}.
 *
 * <p>Byzantine replicas (from the fault plan) equivocate: as primary they pre-prepare different digests to
 * different backups, as backups they send conflicting prepares and commits, and as new primary they stay silent.
 * Checked: no two correct replicas commit different digests at the same sequence number.
 */
final class PbftCluster extends Cluster {
    private static final int HEADER = 48, ENTRY = 128, DIGEST = 64;
    static final long NULL = Long.MIN_VALUE;

    private record Cert(int view, long digest) { }

    private final int n, f;
    private final PbftBug bug;
    private final Replica[] replicas;
    private final Map<Long, Long> committedByCorrect = new HashMap<>(), seqOfCommittedOp = new HashMap<>();
    private final Map<Long, Double> proposedAt = new HashMap<>();
    private final Map<Long, Map<Long, Set<Integer>>> replies = new HashMap<>();
    private int clientView, installedView;

    private static final class Slot {
        Long preprepared;
        final Map<Long, Set<Integer>> prepares = new HashMap<>(), commits = new HashMap<>();
        boolean prepared, committed;
        double startedAt = -1;
    }

    private final class Replica {
        final int id;
        final boolean byzantine;
        int view, targetView;
        boolean changing;
        long nextSeq, lastExecuted = -1;
        final Map<Long, Slot> slots = new HashMap<>();           // key: view * 2^32 + seq
        final Map<Long, Cert> certs = new TreeMap<>();
        final Map<Long, Long> committed = new HashMap<>();
        final Map<Long, Long> seqOfOp = new HashMap<>();
        final Set<Long> executedOps = new HashSet<>();
        final Map<Integer, Map<Integer, Map<Long, Cert>>> viewChanges = new HashMap<>();
        final Set<Integer> newViewSent = new HashSet<>();
        final Map<Long, Long> requestTimers = new HashMap<>();
        long vcTimer = -1;

        Replica(int id, boolean byzantine) { this.id = id; this.byzantine = byzantine; }

        boolean isPrimary() { return view % n == id && !changing; }
    }

    PbftCluster(ProtocolSettings settings, PbftBug bug, long seed, int replication) {
        super(settings, settings.nodes(), settings.nodes(), seed, replication);
        this.n = settings.nodes();
        this.f = (n - 1) / 3;
        this.bug = bug;
        replicas = new Replica[n];
        for (int i = 0; i < n; i++) replicas[i] = new Replica(i, settings.faults().isByzantine(i));
        int first = Math.max(0, settings.leader());
        for (Replica r : replicas) { r.view = first; r.targetView = first; }
        clientView = first;
        installedView = first;
        net.onLifecycle(i -> updateAvailability(), i -> updateAvailability());
    }

    /** The primary of the highest view a correct, live replica is in (-1 while that replica is changing views). */
    @Override public int leader() {
        int v = -1;
        for (Replica r : replicas) if (!r.byzantine && net.isUp(r.id) && !r.changing) v = Math.max(v, r.view);
        return v < 0 ? -1 : v % n;
    }

    @Override protected void start() {
        updateAvailability();
    }

    @Override protected Set<String> protocolKinds() {
        return Set.of("PrePrepare", "Prepare", "Commit");
    }

    private void updateAvailability() {
        int p = leader();
        metrics.leader(sim.now(), p >= 0 && net.isUp(p) && !replicas[p].byzantine);
    }

    /** 2f + 1: a prepared certificate is the pre-prepare plus 2f prepares, a commit certificate 2f + 1 commits. */
    private int quorum() { return bug == PbftBug.WRONG_QUORUM ? f + 1 : 2 * f + 1; }

    // ---- scripted scenarios ------------------------------------------------------------------------------

    /** Delivers client request {@code op} to replica {@code i} directly, as a scripted scenario's client would. */
    void request(int i, long op) { onRequest(replicas[i], op); }

    int view(int i) { return replicas[i].view; }

    boolean changing(int i) { return replicas[i].changing; }

    private static long key(int view, long seq) { return ((long) view << 32) | seq; }

    /** What a (possibly equivocating) sender tells {@code to} about digest d. */
    private long told(Replica from, int to, long d) {
        return from.byzantine && to % 2 == 1 ? -d - 2 : d;
    }

    private void broadcast(Replica from, String kind, int size, Recv action) {
        for (int j = 0; j < n; j++) {
            if (j == from.id) continue;
            int to = j;
            net.send(from.id, to, kind, size, () -> action.at(replicas[to]));
        }
    }

    private interface Recv { void at(Replica r); }

    // ---- normal case ---------------------------------------------------------------------------------

    private void onRequest(Replica r, long op) {
        if (r.executedOps.contains(op)) { reply(r, op); return; }
        if (r.isPrimary()) {
            if (r.seqOfOp.containsKey(op)) return;
            long s = r.nextSeq++;
            r.seqOfOp.put(op, s);
            for (int phase = 0; phase < 3; phase++) net.countRound();    // pre-prepare, prepare, commit
            Slot slot = slot(r, r.view, s);
            slot.preprepared = op;
            slot.startedAt = sim.now();
            proposedAt.putIfAbsent(s, sim.now());
            int v = r.view;
            broadcast(r, "PrePrepare", HEADER + ENTRY, x -> onPrePrepare(x, r.id, v, s, told(r, x.id, op)));
        } else if (!r.requestTimers.containsKey(op)) {
            int p = r.view % n;
            net.send(r.id, p, "Forward", HEADER + ENTRY, () -> onRequest(replicas[p], op));
            int target = r.view + 1;
            r.requestTimers.put(op, net.timer(r.id, timeouts.election(), () -> {
                if (!r.executedOps.contains(op) && !r.changing) startViewChange(r, Math.max(target, r.view + 1));
            }));
        }
    }

    private Slot slot(Replica r, int v, long s) {
        return r.slots.computeIfAbsent(key(v, s), k -> new Slot());
    }

    private void onPrePrepare(Replica r, int from, int v, long s, long d) {
        if (v != r.view || r.changing || from != v % n) return;
        Slot slot = slot(r, v, s);
        if (slot.preprepared != null && slot.preprepared != d) return;     // never accept two digests for (v, s)
        if (slot.preprepared != null) return;
        slot.preprepared = d;
        slot.prepares.computeIfAbsent(d, k -> new HashSet<>()).add(r.id);     // its own prepare is in its log
        if (d != NULL) r.seqOfOp.put(d, s);
        broadcast(r, "Prepare", HEADER + DIGEST, x -> onPrepare(x, r.id, v, s, told(r, x.id, d)));
        checkPrepared(r, v, s);
    }

    private void onPrepare(Replica r, int from, int v, long s, long d) {
        if (v < r.view) return;
        slot(r, v, s).prepares.computeIfAbsent(d, k -> new HashSet<>()).add(from);
        if (v == r.view && !r.changing) checkPrepared(r, v, s);    // after sending ViewChange, the old view is frozen
    }

    private void checkPrepared(Replica r, int v, long s) {
        Slot slot = slot(r, v, s);
        if (slot.prepared || slot.preprepared == null) return;
        long d = slot.preprepared;
        int p = bug == PbftBug.NO_DIGEST_MATCH ? slot.prepares.values().stream().mapToInt(Set::size).sum()
                : slot.prepares.getOrDefault(d, Set.of()).size();
        if (p < quorum() - 1) return;
        slot.prepared = true;
        Cert old = r.certs.get(s);
        if (old == null || old.view() < v) r.certs.put(s, new Cert(v, d));
        slot.commits.computeIfAbsent(d, k -> new HashSet<>()).add(r.id);
        broadcast(r, "Commit", HEADER + DIGEST, x -> onCommit(x, r.id, v, s, told(r, x.id, d)));
        checkCommitted(r, v, s);
    }

    private void onCommit(Replica r, int from, int v, long s, long d) {
        if (v < r.view) return;
        slot(r, v, s).commits.computeIfAbsent(d, k -> new HashSet<>()).add(from);
        if (v == r.view && !r.changing) checkCommitted(r, v, s);
    }

    private void checkCommitted(Replica r, int v, long s) {
        Slot slot = slot(r, v, s);
        if (slot.committed || !slot.prepared) return;
        long d = slot.preprepared;
        if (slot.commits.getOrDefault(d, Set.of()).size() < quorum() && bug != PbftBug.REPLY_AT_PREPARED) return;
        slot.committed = true;
        if (r.isPrimary() && slot.startedAt >= 0) metrics.commitLatency(slot.startedAt, sim.now());
        Long had = r.committed.putIfAbsent(s, d);
        if (had != null && had != d && !r.byzantine) metrics.violation("replica " + r.id + " commits two digests at sequence " + s);
        if (!r.byzantine) {
            Long other = committedByCorrect.putIfAbsent(s, d);
            if (other == null) {
                metrics.note(() -> "replica " + r.id + " commits " + (d == NULL ? "a null request" : "request " + d) + " at sequence " + s);
                metrics.committedEntry(proposedAt.getOrDefault(s, sim.now()));
                if (d != NULL && seqOfCommittedOp.putIfAbsent(d, s) != null) metrics.duplicate();
            } else if (other != d)
                metrics.violation("correct replicas commit different digests " + other + " and " + d + " at sequence " + s);
        }
        execute(r);
    }

    private void execute(Replica r) {
        while (r.committed.containsKey(r.lastExecuted + 1)) {
            long d = r.committed.get(++r.lastExecuted);
            if (d == NULL || !r.executedOps.add(d)) continue;
            Long t = r.requestTimers.remove(d);
            if (t != null) net.cancel(t);
            reply(r, d);
        }
    }

    private void reply(Replica r, long op) {
        long result = r.byzantine ? -op - 2 : op;
        int v = r.view;
        net.send(r.id, net.client(), "Reply", HEADER + DIGEST, () -> onReply(r.id, v, op, result));
    }

    // ---- view change ---------------------------------------------------------------------------------

    private void startViewChange(Replica r, int v) {
        if (v <= r.view || (r.changing && v <= r.targetView)) return;
        r.changing = true;
        r.targetView = v;
        updateAvailability();
        Map<Long, Cert> certs = r.byzantine ? Map.of() : Map.copyOf(r.certs);
        broadcast(r, "ViewChange", HEADER + DIGEST * (1 + certs.size()), x -> onViewChange(x, r.id, v, certs));
        onViewChange(r, r.id, v, certs);
        net.cancel(r.vcTimer);
        double timeout = timeouts.election() * Math.pow(2, Math.min(10, v - r.view));
        r.vcTimer = net.timer(r.id, timeout, () -> { if (r.changing && r.targetView == v) startViewChange(r, v + 1); });
    }

    private void onViewChange(Replica r, int from, int v, Map<Long, Cert> certs) {
        if (v <= r.view) return;
        r.viewChanges.computeIfAbsent(v, k -> new HashMap<>()).put(from, certs);
        // join a view change that f + 1 other replicas already started (section 4.5.2, liveness)
        Set<Integer> ahead = new HashSet<>();
        int smallest = Integer.MAX_VALUE;
        for (Map.Entry<Integer, Map<Integer, Map<Long, Cert>>> e : r.viewChanges.entrySet())
            if (e.getKey() > r.view)
                for (int sender : e.getValue().keySet())
                    if (sender != r.id) { ahead.add(sender); smallest = Math.min(smallest, e.getKey()); }
        if (ahead.size() >= f + 1 && smallest > (r.changing ? r.targetView : r.view)) startViewChange(r, smallest);
        Map<Integer, Map<Long, Cert>> got = r.viewChanges.get(v);
        if (v % n != r.id || r.byzantine || got.size() < quorum() || !r.newViewSent.add(v)) return;
        Map<Long, Cert> chosen = new TreeMap<>();
        if (bug != PbftBug.DROP_PREPARED_CERTS) for (Map<Long, Cert> m : got.values())
            m.forEach((s, c) -> chosen.merge(s, c, (a, b) -> a.view() >= b.view() ? a : b));
        long top = -1;
        for (long s : chosen.keySet()) top = Math.max(top, s);
        Map<Long, Long> order = new TreeMap<>();
        for (long s = 0; s <= top; s++) order.put(s, chosen.containsKey(s) ? chosen.get(s).digest() : NULL);
        broadcast(r, "NewView", HEADER + DIGEST * (1 + order.size()), x -> onNewView(x, r.id, v, order));
        onNewView(r, r.id, v, order);
    }

    private void onNewView(Replica r, int from, int v, Map<Long, Long> order) {
        // a ViewChange for v' promises to take part in no view below v' (the bug this guard prevents broke agreement)
        if (from != v % n || v < r.view || (r.changing && v < r.targetView) || (v == r.view && !r.changing)) return;
        r.view = v;
        r.targetView = v;
        r.changing = false;
        net.cancel(r.vcTimer);
        if (!r.byzantine && v > installedView) {
            installedView = v;
            metrics.election(sim.now());
            metrics.note(() -> "replica " + r.id + " installs view " + v + " as its primary");
        }
        updateAvailability();
        long top = -1;
        for (Map.Entry<Long, Long> e : order.entrySet()) {
            long s = e.getKey();
            top = Math.max(top, s);
            if (r.id == v % n) {
                Slot slot = slot(r, v, s);
                slot.preprepared = e.getValue();
                checkPrepared(r, v, s);
            } else {
                onPrePrepare(r, from, v, s, e.getValue());
            }
        }
        for (long s = 0; s <= top; s++) { checkPrepared(r, v, s); checkCommitted(r, v, s); }
        if (r.id == v % n) {
            r.nextSeq = top + 1;
            r.seqOfOp.clear();
            for (long op : order.values()) if (op != NULL) r.seqOfOp.put(op, -1L);
        }
        // requests still unexecuted get a fresh timer in the new view
        for (Long op : r.requestTimers.keySet().toArray(new Long[0])) {
            net.cancel(r.requestTimers.remove(op));
            if (!r.executedOps.contains(op)) onRequest(r, op);
        }
    }

    // ---- client ---------------------------------------------------------------------------------------

    @Override protected void send(long op) {
        int p = clientView % n;
        net.send(net.client(), p, "Request", HEADER + ENTRY, () -> onRequest(replicas[p], op));
    }

    /** Section 4.1: a client that times out broadcasts its request to every replica. */
    @Override protected void retry(long op) {
        for (int j = 0; j < n; j++) { int to = j; net.send(net.client(), to, "Request", HEADER + ENTRY, () -> onRequest(replicas[to], op)); }
    }

    private void onReply(int from, int view, long op, long result) {
        clientView = Math.max(clientView, view);
        if (!pending(op)) return;
        Set<Integer> same = replies.computeIfAbsent(op, k -> new HashMap<>()).computeIfAbsent(result, k -> new HashSet<>());
        same.add(from);
        if (same.size() < (bug == PbftBug.CLIENT_QUORUM ? f : f + 1)) return;
        if (result != op) metrics.violation("client accepted a wrong result for operation " + op);
        replies.remove(op);
        complete(op);
    }
}
