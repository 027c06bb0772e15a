package brokerlab.protocol.replication;

import brokerlab.protocol.Cluster;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.ReadMode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Primary-backup broker replication with a coordination service choosing the primary, in the style of Kafka
 * with ZooKeeper (Hunt et al., "ZooKeeper: wait-free coordination", USENIX ATC 2010; Kreps et al., Kafka 2011).
 * Brokers 0..n-1 ping the service (endpoint n, assumed reliable: a replicated ensemble) every
 * {@code timeouts.heartbeat()} ms; after {@code timeouts.election()} ms without a ping (the session timeout) the service expires a silent broker's session, drops it from the in-sync set and, if it was
 * the primary, makes the live in-sync broker with the longest log the primary of a new epoch. Replication
 * messages carry the epoch, so backups fence a deposed primary.
 *
 * <p>Synchronous mode pushes each write to every in-sync backup at once and acknowledges after all their forced
 * writes; asynchronous mode acknowledges after the primary's write and pushes what accumulated every
 * {@code shipInterval} ms (replication lag, like a follower's fetch loop), so a primary crash loses the writes
 * acknowledged within the last interval.
 *
 * <p>A primary's lease runs on its own clock: it stops serving when it has heard no pong from the service for a
 * session timeout, so clock skew stretches a deposed (zombie) primary's life. It can still acknowledge nothing
 * alone: synchronous acknowledgements need every in-sync backup, backups fence older epochs, and the in-sync set
 * shrinks only through the service.
 *
 * <p>Checked: writes acknowledged to the client but missing from a new primary's log, or from the final primary's,
 * are lost. For synchronous replication that is a safety violation; for asynchronous replication it is the
 * documented price, counted as lost writes and reported. Also counted: operations stored twice because the client
 * retried after a lost acknowledgement (duplicates; the producer is not idempotent).
 *
 * <p>Reads, if the workload has them: a write stores its operation number under its key. In {@code LEASE} mode a
 * read goes to the primary the client knows, which answers from its high watermark (the prefix of its log every
 * in-sync backup has acknowledged, or, asynchronously, its own forced prefix; Kafka's rule for consumers) while
 * its session lease holds: a pong answered a ping it sent less than {@code session / (1 + leaseDrift)} ago on its
 * clock, and its watermark covers the log it inherited when it became primary; otherwise it drops the read and the
 * client retries. In {@code FOLLOWER} mode any broker ({@code op mod n} first, the next one on each retry) answers
 * from everything in its log, whatever its role: stale behind a lagging backup, and dirty where writes are not yet
 * acknowledged.
 */
final class ReplicationCluster extends Cluster {
    private static final int HEADER = 48, ENTRY = 128;

    private final int n, zk;
    private final boolean synchronous;
    private final double shipInterval;
    private final ReplicationBug bug;
    private final Broker[] brokers;
    // coordination service state
    private final double[] lastPing;
    private final int[] reportedLength;
    private final Set<Integer> live = new HashSet<>(), isr = new HashSet<>();
    private int primary, epoch;
    // client state
    private final Set<Long> acked = new HashSet<>();
    private int clientPrimary;

    private final class Broker {
        final int id;
        final List<Long> log = new ArrayList<>();
        int durable, epoch, synced, ackedOffsetFrom;    // synced: the epoch whose primary's log this one holds
        boolean isPrimary;
        double lastPong;
        double leaseFrom = Double.NEGATIVE_INFINITY;     // local send time of the latest ping the service answered
        int epochStart;                                  // log length when this broker became primary
        final Map<Integer, Integer> ackedUpTo = new HashMap<>(), shipped = new HashMap<>();
        final Map<Integer, Double> oldestUnackedSince = new HashMap<>();
        final TreeMap<Integer, List<Long>> early = new TreeMap<>();
        final Map<Integer, Double> receivedAt = new HashMap<>();
        final Map<Integer, Long> opAt = new HashMap<>();
        Set<Integer> backups = new HashSet<>(), catchingUp = new HashSet<>(), shrinking = new HashSet<>();

        Broker(int id) { this.id = id; }
    }

    ReplicationCluster(ProtocolSettings settings, boolean synchronous, double shipInterval, ReplicationBug bug, long seed, int replication) {
        super(settings, settings.nodes() + 1, settings.nodes(), seed, replication);
        this.n = settings.nodes();
        this.synchronous = synchronous;
        this.shipInterval = shipInterval;
        this.bug = bug;
        zk = n;
        net.service(zk);
        brokers = new Broker[n];
        lastPing = new double[n];
        reportedLength = new int[n];
        for (int i = 0; i < n; i++) {
            brokers[i] = new Broker(i);
            live.add(i);
            isr.add(i);
        }
        primary = Math.max(0, settings.leader());
        clientPrimary = primary;
        net.onLifecycle(this::onCrash, i -> {
            schedulePings(i);
            if (!synchronous) net.timer(i, shipInterval, () -> shipTick(i));
        });
    }

    /** The broker the coordination service names primary, or -1 while none is live. */
    @Override public int leader() { return live.contains(primary) ? primary : -1; }

    @Override protected void start() {
        Broker p = brokers[primary];
        p.isPrimary = true;
        for (int i = 0; i < n; i++) if (i != primary) p.backups.add(i);
        metrics.leader(sim.now(), true);
        for (int i = 0; i < n; i++) schedulePings(i);
        if (!synchronous) for (int i = 0; i < n; i++) { int b = i; net.timer(b, shipInterval, () -> shipTick(b)); }
        net.timer(zk, timeouts.heartbeat() / 3, this::checkSessions);
    }

    @Override protected Set<String> protocolKinds() {
        return Set.of("Replicate", "ReplicaAck");
    }

    /** Operations stored twice in the final primary's log (the producer is not idempotent), and acknowledged ones missing. */
    @Override protected void finish() {
        Set<Long> seen = new HashSet<>();
        if (leader() < 0) return;
        for (long op : brokers[primary].log) if (!seen.add(op)) metrics.duplicate();
        checkAcked(brokers[primary], seen);
    }

    /** Acknowledged writes missing from {@code me}'s log are lost: a violation when replication is synchronous. */
    private void checkAcked(Broker me, Set<Long> log) {
        for (long op : new ArrayList<>(acked)) {
            if (log.contains(op)) continue;
            acked.remove(op);
            metrics.lostWrite();
            if (synchronous) metrics.violation("acknowledged write " + op + " lost: primary " + me.id + " of epoch " + me.epoch + " lacks it");
        }
    }

    // ---- scripted scenarios ------------------------------------------------------------------------------

    /** A scripted scenario's client: write {@code op} reaches broker {@code b} now. */
    void produce(int b, long op) { onProduce(brokers[b], op); }

    /** Whether the service counts broker {@code b} in sync. */
    boolean inSync(int b) { return isr.contains(b); }

    // ---- coordination service -------------------------------------------------------------------------

    private void schedulePings(int b) {
        brokers[b].lastPong = net.clock(b);
        net.timer(b, timeouts.heartbeat(), () -> {
            int len = brokers[b].log.size();
            double sent = net.clock(b);
            net.send(b, zk, "SessionPing", HEADER, () -> onPing(b, len, sent));
            Broker me = brokers[b];
            if (me.isPrimary && net.clock(b) - me.lastPong > timeouts.election()) me.isPrimary = false;    // the lease, on b's clock
            if (me.isPrimary) { retransmit(me); shrinkLagging(me); }
            schedulePings(b);
        });
    }

    private void onPing(int b, int len, double sent) {
        lastPing[b] = sim.now();
        reportedLength[b] = len;
        net.send(zk, b, "SessionPong", HEADER, () -> {
            Broker bk = brokers[b];
            bk.lastPong = net.clock(b);
            bk.leaseFrom = Math.max(bk.leaseFrom, sent);
        });
        if (!live.add(b)) return;
        if (leader() < 0) {
            electPrimary();
        } else {
            int e = epoch, p = primary;
            net.send(zk, p, "AddBackup", HEADER, () -> resync(brokers[p], e, b));
        }
    }

    private void checkSessions() {
        for (int b = 0; b < n; b++) {
            if (live.contains(b) && sim.now() - lastPing[b] > timeouts.election()) {
                live.remove(b);
                if (isr.size() > 1) isr.remove(b);     // the last in-sync broker stays eligible, as in Kafka
                if (b == primary) {
                    metrics.leader(sim.now(), false);
                    electPrimary();
                } else if (live.contains(primary)) {
                    int e = epoch, p = primary, gone = b;
                    net.send(zk, p, "IsrShrink", HEADER, () -> shrink(brokers[p], e, gone));
                }
            }
        }
        net.timer(zk, timeouts.heartbeat() / 3, this::checkSessions);
    }

    private void electPrimary() {
        int best = -1;
        Set<Integer> candidates = new HashSet<>(isr);
        candidates.retainAll(live);
        if (candidates.isEmpty() && !synchronous) candidates.addAll(live);     // unclean election
        if (bug == ReplicationBug.UNCLEAN_ELECTION) candidates.addAll(live);
        for (int b : candidates) if (best < 0 || reportedLength[b] > reportedLength[best]) best = b;
        if (best < 0) return;
        epoch++;
        primary = best;
        metrics.election(sim.now());
        int e = epoch, p = best;
        metrics.note(() -> "service makes node " + p + " primary of epoch " + e + " (in sync: " + isr + ")");
        Set<Integer> isrNow = Set.copyOf(isr), liveNow = Set.copyOf(live);
        net.send(zk, p, "BecomePrimary", HEADER, () -> becomePrimary(brokers[p], e, isrNow, liveNow));
        net.send(zk, net.client(), "PrimaryChanged", HEADER, () -> clientPrimary = p);
    }

    // ---- brokers --------------------------------------------------------------------------------------

    /** The new primary must hear from every in-sync broker before acknowledging; the others catch up first. */
    private void becomePrimary(Broker me, int e, Set<Integer> isrNow, Set<Integer> liveNow) {
        if (e < me.epoch) return;
        me.epoch = e;
        me.synced = e;
        me.isPrimary = true;
        me.lastPong = net.clock(me.id);
        me.epochStart = me.log.size();
        metrics.leader(sim.now(), true);
        checkAcked(me, new HashSet<>(me.log));
        me.backups = new HashSet<>();
        me.catchingUp = new HashSet<>();
        me.shrinking = new HashSet<>();
        me.ackedUpTo.clear();
        me.shipped.clear();
        me.receivedAt.clear();
        me.opAt.clear();
        me.oldestUnackedSince.clear();
        for (int b : liveNow) if (b != me.id) {
            me.backups.add(b);
            if (!isrNow.contains(b)) me.catchingUp.add(b);
            resync(me, e, b);
        }
    }

    /**
     * Makes backup b copy the primary's whole log; a broker that was not in sync joins the in-sync set (through
     * the coordination service) only once it has acknowledged everything the primary holds, as Kafka's ISR does.
     */
    private void resync(Broker me, int e, int b) {
        if (!me.isPrimary || me.epoch != e || b == me.id) return;
        if (me.backups.add(b)) me.catchingUp.add(b);
        List<Long> copy = List.copyOf(me.log);
        me.shipped.put(b, copy.size());
        me.oldestUnackedSince.put(b, sim.now());
        net.send(me.id, b, "SyncLog", HEADER + ENTRY * copy.size(), () -> {
            Broker bk = brokers[b];
            if (e < bk.epoch) return;
            if (e > bk.epoch) bk.early.clear();
            bk.epoch = e;
            bk.isPrimary = false;
            // a late or duplicated copy of this epoch's log must not cut what this epoch's Replicates added since
            if (e > bk.synced || copy.size() > bk.log.size()) {
                bk.log.clear();
                bk.log.addAll(copy);
                bk.synced = e;
                bk.durable = 0;
            }
            net.fsync(b, () -> {
                bk.durable = Math.max(bk.durable, copy.size());
                net.send(b, me.id, "SyncAck", HEADER, () -> {
                    if (!me.isPrimary || me.epoch != e || !me.backups.contains(b)) return;
                    me.ackedUpTo.merge(b, copy.size(), Math::max);
                    me.oldestUnackedSince.put(b, sim.now());
                    maybePromote(me, b);
                    for (int off = 0; off < me.log.size(); off++) maybeAck(me, off);
                });
            });
        });
    }

    private void maybePromote(Broker me, int b) {
        if (!me.catchingUp.contains(b) || (me.ackedUpTo.getOrDefault(b, 0) < me.log.size() && bug != ReplicationBug.EARLY_ISR_JOIN)) return;
        me.catchingUp.remove(b);
        int e = me.epoch;
        net.send(me.id, zk, "IsrExpand", HEADER, () -> { if (e == epoch) isr.add(b); });
    }

    /** A required backup silent for a session timeout is dropped from the in-sync set, but only via the service. */
    private void shrinkLagging(Broker me) {
        if (!synchronous) return;
        for (int b : me.backups) {
            if (me.catchingUp.contains(b) || me.shrinking.contains(b)) continue;
            Double oldest = me.receivedAt.get(me.ackedUpTo.getOrDefault(b, 0));
            if (oldest == null || sim.now() - oldest < timeouts.election()) continue;
            if (bug == ReplicationBug.LOCAL_ISR_SHRINK) { me.catchingUp.add(b); continue; }
            me.shrinking.add(b);
            int e = me.epoch, p = me.id;
            net.send(p, zk, "IsrShrinkRequest", HEADER, () -> {
                if (e != epoch || !isr.contains(b) || isr.size() <= 1) return;
                isr.remove(b);
                metrics.note(() -> "service drops node " + b + " from the in-sync set at primary " + p + "'s request");
                net.send(zk, p, "IsrShrunk", HEADER, () -> {
                    me.shrinking.remove(b);
                    if (me.epoch != e || !me.backups.contains(b)) return;
                    me.catchingUp.add(b);
                    for (int off : new ArrayList<>(me.receivedAt.keySet())) maybeAck(me, off);
                });
            });
        }
    }

    private void shrink(Broker me, int e, int gone) {
        if (me.epoch != e) return;
        me.catchingUp.remove(gone);
        me.backups.remove(gone);
        me.ackedUpTo.remove(gone);
        me.shipped.remove(gone);
        for (int off : new ArrayList<>(me.receivedAt.keySet())) maybeAck(me, off);
    }

    private void onProduce(Broker me, long op) {
        if (!me.isPrimary) {
            notPrimary(me);
            return;
        }
        int off = me.log.size();
        me.log.add(op);
        me.receivedAt.put(off, sim.now());
        me.opAt.put(off, op);
        net.fsync(me.id, () -> {
            me.durable = Math.max(me.durable, off + 1);
            maybeAck(me, off);
        });
        if (synchronous) {
            net.countRound();
            for (int b : me.backups) ship(me, b);
        }
    }

    /** Asynchronous mode: every shipInterval the primary pushes what each backup has not been sent yet. */
    private void shipTick(int id) {
        Broker me = brokers[id];
        if (me.isPrimary) for (int b : me.backups) ship(me, b);
        net.timer(id, shipInterval, () -> shipTick(id));
    }

    private void ship(Broker me, int b) {
        int from = me.shipped.getOrDefault(b, me.ackedUpTo.getOrDefault(b, 0));
        if (from >= me.log.size()) return;
        send(me, b, from);
    }

    private void send(Broker me, int b, int from) {
        int e = me.epoch;
        List<Long> ops = List.copyOf(me.log.subList(from, me.log.size()));
        if (me.ackedUpTo.getOrDefault(b, 0) >= me.shipped.getOrDefault(b, 0)) me.oldestUnackedSince.put(b, sim.now());
        me.shipped.put(b, me.log.size());
        net.send(me.id, b, "Replicate", HEADER + ENTRY * ops.size(), () -> onReplicate(brokers[b], me.id, e, from, ops));
    }

    /**
     * Resends from a backup's acknowledged offset once its oldest unacknowledged entry has waited a ping interval.
     * The clock is the oldest entry's, not the last send's: under steady load the primary ships every few ms, and a
     * timer reset by each new shipment never fired, so one lost or reordered batch stalled the backup (every later
     * batch is a gap) until the in-sync-set shrink. TCP's retransmission timer likewise runs for the oldest
     * unacknowledged segment (RFC 6298 section 5).
     */
    private void retransmit(Broker me) {
        for (int b : me.backups) {
            int acked = me.ackedUpTo.getOrDefault(b, 0);
            if (acked < me.log.size() && sim.now() - me.oldestUnackedSince.getOrDefault(b, 0.0) > timeouts.heartbeat()) {
                send(me, b, acked);
                me.oldestUnackedSince.put(b, sim.now());
            }
        }
    }

    private void onReplicate(Broker bk, int from, int e, int off, List<Long> ops) {
        if (e < bk.epoch) return;                                 // fenced: a deposed primary
        if (e > bk.epoch) bk.early.clear();
        bk.epoch = Math.max(bk.epoch, e);
        bk.isPrimary = false;
        if (e > bk.synced) return;                                // overtook this epoch's SyncLog: the primary resends
        if (off > bk.log.size()) {                                // gap: hold the batch until the one before arrives
            bk.early.merge(off, ops, (a, b) -> a.size() >= b.size() ? a : b);
            return;
        }
        append(bk, off, ops);
        while (!bk.early.isEmpty() && bk.early.firstKey() <= bk.log.size()) {
            var next = bk.early.pollFirstEntry();
            append(bk, next.getKey(), next.getValue());
        }
        // the disk is FIFO, so once this forced write is done everything appended before it is durable too
        int upTo = bk.log.size();
        Runnable ack = () -> net.send(bk.id, from, "ReplicaAck", HEADER, () -> onReplicaAck(brokers[from], bk.id, e, upTo));
        if (bug == ReplicationBug.ACK_BEFORE_FSYNC) ack.run();
        net.fsync(bk.id, () -> {
            bk.durable = Math.max(bk.durable, upTo);
            if (bug != ReplicationBug.ACK_BEFORE_FSYNC) ack.run();
        });
    }

    /**
     * Batches normally arrive in order, but equal arrival times can swap by a rounding ulp in the event queue and
     * lost batches leave holes; holding early batches makes the first case free, and the retransmission the second.
     */
    private static void append(Broker bk, int off, List<Long> ops) {
        for (int i = bk.log.size() - off; i < ops.size(); i++) bk.log.add(ops.get(i));
    }

    private void onReplicaAck(Broker me, int b, int e, int upTo) {
        if (!me.isPrimary || me.epoch != e || !me.backups.contains(b)) return;
        int prev = me.ackedUpTo.getOrDefault(b, 0);
        if (upTo <= prev) return;
        me.ackedUpTo.put(b, upTo);
        me.oldestUnackedSince.put(b, sim.now());
        maybePromote(me, b);
        for (int off = prev; off < upTo; off++) maybeAck(me, off);
    }

    private void maybeAck(Broker me, int off) {
        Double t0 = me.receivedAt.get(off);
        if (t0 == null || !me.isPrimary || me.durable <= off) return;
        if (synchronous) {
            int required = 0, have = 0;
            for (int b : me.backups) if (!me.catchingUp.contains(b)) { required++; if (me.ackedUpTo.getOrDefault(b, 0) > off) have++; }
            if (have < (bug == ReplicationBug.WRONG_QUORUM ? Math.min(1, required) : required)) return;
        }
        me.receivedAt.remove(off);
        long op = me.opAt.remove(off);
        metrics.commitLatency(t0, sim.now());
        metrics.committedEntry(t0);
        net.send(me.id, net.client(), "ProduceAck", HEADER, () -> onAck(op));
    }

    private void onCrash(int b) {
        Broker bk = brokers[b];
        if (b == primary) metrics.leader(sim.now(), false);
        if (net.diskLost(b)) bk.durable = 0;
        while (bk.log.size() > bk.durable) bk.log.remove(bk.log.size() - 1);
        bk.isPrimary = false;
        bk.leaseFrom = Double.NEGATIVE_INFINITY;
        bk.receivedAt.clear();
        bk.opAt.clear();
        bk.early.clear();
    }

    // ---- client ---------------------------------------------------------------------------------------

    @Override protected void send(long op) {
        if (isRead(op)) {
            boolean anyBroker = settings.workload().readMode() == ReadMode.FOLLOWER;
            int target = anyBroker ? (int) ((op + attempts(op)) % n) : clientPrimary;
            net.send(net.client(), target, "Read", HEADER, () -> onRead(brokers[target], op, anyBroker));
            return;
        }
        int target = clientPrimary;
        net.send(net.client(), target, "Produce", HEADER + ENTRY, () -> onProduce(brokers[target], op));
    }

    // ---- reads ----------------------------------------------------------------------------------------

    /** A read reached {@code me}: answered from its whole log (any broker), or by a primary under its lease. */
    private void onRead(Broker me, long op, boolean anyBroker) {
        int upTo = me.log.size();
        if (!anyBroker) {
            int hw = highWatermark(me);
            double lease = timeouts.election() / (1 + settings.workload().leaseDrift());
            if (!me.isPrimary) { notPrimary(me); return; }
            if (hw < me.epochStart || net.clock(me.id) >= me.leaseFrom + lease) return;    // the client retries
            upTo = hw;
        }
        long value = NOTHING;
        int key = keyOf(op);
        for (int i = upTo - 1; i >= 0 && value == NOTHING; i--) {
            long w = me.log.get(i);
            if (!isRead(w) && keyOf(w) == key) value = w;
        }
        long v = value;
        net.send(me.id, net.client(), "ReadReply", HEADER, () -> completeRead(op, v));
    }

    /**
     * Tells the client {@code me} is not primary; the client then refreshes its metadata from the coordination
     * service, as a Kafka client does on NOT_LEADER_FOR_PARTITION. (Waiting for the service's announcement alone, as
     * writes-only clients once did, left a client that was partitioned together with the old primary during the
     * election writing to a deposed primary for the rest of the run: the announcement never reached it.)
     */
    private void notPrimary(Broker me) {
        net.send(me.id, net.client(), "NotPrimary", HEADER, () -> {
            net.send(net.client(), zk, "Metadata", HEADER, () -> {
                int p = primary;
                net.send(zk, net.client(), "PrimaryChanged", HEADER, () -> clientPrimary = p);
            });
        });
    }

    /** The prefix of the primary's log it may show readers: forced locally and, synchronously, acknowledged by every in-sync backup. */
    private int highWatermark(Broker me) {
        int hw = Math.min(me.durable, me.log.size());
        if (synchronous)
            for (int b : me.backups) if (!me.catchingUp.contains(b)) hw = Math.min(hw, me.ackedUpTo.getOrDefault(b, 0));
        return hw;
    }

    @Override protected void retry(long op) {
        send(op);
    }

    private void onAck(long op) {
        metrics.note(() -> "client: write " + op + " acknowledged");
        acked.add(op);
        complete(op);
    }
}
