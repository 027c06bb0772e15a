package brokerlab.protocol.pubsub;

import brokerlab.protocol.Cluster;
import brokerlab.random.RandomStream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * One topic on a primary-backup broker (brokers 0 .. b-1) coordinated by an {@link Ensemble} (endpoints b ..
 * b+z-1), with the producer and the subscribers at the client endpoint. The producer is {@link Cluster}'s client:
 * it sends to the primary it last looked up and looks up again (at an ensemble server) after a NotPrimary answer or
 * a timeout, as a Kafka producer refreshes its metadata. Subscribers poll the primary for the messages after their
 * offset up to the high watermark, look up the primary again when it stops answering, and resume at their offset,
 * or at the new primary's log end if that is shorter (the log was truncated in the failover).
 *
 * <p>Replication: synchronous acknowledges a message once the primary and every in-sync backup have forced it to
 * disk; asynchronous once the primary has, shipping to the backups every {@code shipInterval} ms. Every broker
 * forces its log by group commit ({@link #flush}). An idempotent producer's retry of a message the primary's log
 * holds already is acknowledged instead of appended again ({@link #acknowledgeAgain}). A new primary
 * sends its whole log to the backups, which adopt it. With fencing (the correct rule) every replication message
 * carries the broker epoch and backups refuse older epochs; the primary serves only while its lease holds (a pong
 * from the ensemble within a session timeout, on its own clock); and it drops a silent backup from the in-sync set
 * only through the ensemble's conditional write. Without fencing none of the three holds.
 *
 * <p>Measured at the subscribers: messages acknowledged to the producer and never delivered (lost), delivered twice
 * (duplicated: without idempotence, a producer retry after a lost acknowledgement stores a message twice; with
 * it, a subscriber may still read a message twice under asynchronous replication, from the old primary before the
 * crash and from the new one after the retry), delivered out of producer
 * order, and the longest gap between deliveries; plus what a subscriber replaying the topic from its start after the
 * run would miss (acknowledged messages absent from the final primary's log). For synchronous replication every
 * loss is a safety violation; for asynchronous it is counted.
 */
final class PubSubCluster extends Cluster {
    private static final int HEADER = 48, ENTRY = 128, MAX_BATCH = 500;

    private final PubSub model;
    private final PubSubBug bug;
    private final int n;
    private final boolean synchronous, fencing, idempotent;
    private final Ensemble ensemble;
    private final Broker[] brokers;
    private final double session;
    // the producer
    private final Map<Long, Double> submitted = new HashMap<>();
    private final Set<Long> acked = new HashSet<>();
    private int producerGuess, lookupMember;
    private double lastArrival;
    // the subscribers
    private final List<Subscriber> subscribers = new ArrayList<>();
    private int[] subGuess, subMember;
    private long[] subOffset;
    private long primaryChanges;
    /** What the subscribers saw, set when the run finishes. */
    PubSubRun.Tally tally;

    private final class Broker {
        final int id;
        final List<Long> log = new ArrayList<>();
        int durable, epoch = 1, synced = 1, member;
        // group commit: a forced write in progress; gen counts rewrites of the log's tail, which void that write
        boolean primary, flushing;
        int gen, ackTo = -1, ackEpoch;
        double lastPong;
        Set<Integer> backups = new HashSet<>();
        // a primary's view of the others outside the in-sync set: live ones it copies its log to (catching up), and
        // caught-up ones it already waits for while the ensemble has yet to commit them back into the set (joining)
        final Set<Integer> catchingUp = new HashSet<>(), joining = new HashSet<>();
        final Map<Integer, Integer> ackedUpTo = new HashMap<>(), shipped = new HashMap<>();
        final Map<Integer, Double> waitingSince = new HashMap<>();
        final TreeMap<Integer, Long> pending = new TreeMap<>();
        final Map<Integer, Double> receivedAt = new HashMap<>();
        // a primary's index of its log by producer sequence number (the message id): rebuilt from the log when it
        // becomes primary, so it survives a failover exactly as far as the log was replicated (Kafka rebuilds its
        // producer state from the log the same way)
        final Map<Long, Integer> offsets = new HashMap<>();

        Broker(int id) { this.id = id; }
    }

    PubSubCluster(PubSub model, PubSubBug bug, long seed, int replication) {
        super(model.settings(), model.settings().nodes() + model.ensemble(), model.settings().nodes() + model.ensemble(), seed, replication);
        this.model = model;
        this.bug = bug;
        this.n = settings.nodes();
        this.synchronous = model.synchronous();
        this.fencing = model.fencing() && bug != PubSubBug.NO_FENCING;
        this.idempotent = model.idempotent() && bug != PubSubBug.NO_DEDUP;
        this.session = timeouts.election();
        brokers = new Broker[n];
        for (int i = 0; i < n; i++) brokers[i] = new Broker(i);
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < n; i++) all.add(i);
        var initial = new EnsembleState(1L << 32, 1, 0, all, all);
        ensemble = new Ensemble(net, n, model.ensemble(), n, session, model.ensembleTimeout(),
                RandomStream.of(seed, replication, RandomStream.MISC), initial, this::learn, bug == PubSubBug.UNCLEAN_ELECTION);
        net.onLifecycle(this::onCrash, this::onRecover);
    }

    /** The broker serving as primary now (the newest epoch among serving ones), or -1. */
    @Override public int leader() {
        int best = -1;
        for (Broker b : brokers) if (serving(b) && (best < 0 || b.epoch > brokers[best].epoch)) best = b.id;
        return best;
    }

    private boolean serving(Broker b) {
        return b.primary && net.isUp(b.id) && (!fencing || net.clock(b.id) - b.lastPong <= session);
    }

    @Override protected void start() {
        ensemble.start();
        for (Broker b : brokers) {
            b.member = b.id % ensemble.size();
            startTimers(b);
        }
        Broker p = brokers[0];
        p.primary = true;
        for (int i = 1; i < n; i++) p.backups.add(i);
        metrics.leader(sim.now(), true);
    }

    private void startTimers(Broker b) {
        b.lastPong = net.clock(b.id);
        ping(b.id);
        if (!synchronous) shipTick(b.id);
    }

    @Override protected void onReady(int leader) {
        subGuess = new int[model.subscribers()];
        subMember = new int[model.subscribers()];
        subOffset = new long[model.subscribers()];
        for (int s = 0; s < model.subscribers(); s++) {
            subscribers.add(new Subscriber(sim.now()));
            subMember[s] = s % ensemble.size();
            int sub = s;
            sim.schedule(model.poll() * (s + 1) / model.subscribers(), () -> fetch(sub));
        }
        FailoverFault f = model.fault();
        if (f.kind() != FailoverFault.Kind.NONE) sim.schedule(f.at(), () -> inject(f));
    }

    private void inject(FailoverFault f) {
        switch (f.kind()) {
            case PRIMARY_CRASH -> crashFor(leader(), f.duration());
            case ENSEMBLE_LEADER_CRASH -> { int l = ensemble.leader(); crashFor(l < 0 ? -1 : ensemble.endpoint(l), f.duration()); }
            case PRIMARY_PARTITIONED -> {
                int p = leader();
                if (p < 0) return;
                int[] servers = IntStream.range(0, ensemble.size()).map(ensemble::endpoint).toArray();
                double end = sim.now() + f.duration();
                net.cut(sim.now(), end, new int[]{p}, servers);
                net.cut(sim.now(), end, servers, new int[]{p});
            }
            case NONE -> { }
        }
    }

    private void crashFor(int node, double downFor) {
        if (node < 0) return;
        net.crash(node);
        if (Double.isFinite(downFor)) sim.schedule(downFor, () -> net.recover(node));
    }

    @Override protected java.util.Set<String> protocolKinds() { return Set.of("Replicate", "ReplicaAck"); }

    // ---- brokers and the ensemble ---------------------------------------------------------------------

    private void ping(int id) {
        net.timer(id, timeouts.heartbeat(), () -> {
            Broker me = brokers[id];
            int m = me.member, len = me.log.size();
            double sentAt = net.clock(id);
            net.send(id, ensemble.endpoint(m), "SessionPing", HEADER, () -> ensemble.onPing(m, id, len, sentAt));
            // a server that stopped answering: reconnect to the next, as a ZooKeeper client does
            if (net.clock(id) - me.lastPong > 2 * timeouts.heartbeat()) me.member = (m + 1) % ensemble.size();
            if (me.primary) { retransmit(me); shrinkLagging(me); }
            metrics.leader(sim.now(), leader() >= 0);
            ping(id);
        });
    }

    /** The lease counts from the sending of the ping a pong answers, never from its arrival (leader leases, Raft thesis section 6.4.1). */
    private void learn(int id, EnsembleState s, double pongFor) {
        Broker me = brokers[id];
        if (pongFor > me.lastPong) me.lastPong = pongFor;
        if (s.epoch() < me.epoch) return;
        boolean newer = s.epoch() > me.epoch;
        me.epoch = s.epoch();
        if (s.primary() == id && (newer || !me.primary)) becomePrimary(me, s);
        else if (s.primary() != id && me.primary) { me.primary = false; metrics.leader(sim.now(), leader() >= 0); }
        else if (me.primary) {
            me.joining.retainAll(s.live());
            me.joining.removeAll(s.isr());
            Set<Integer> keep = new HashSet<>(s.isr());
            keep.addAll(me.joining);
            me.backups.retainAll(keep);
            catchUp(me, s);
            acknowledge(me);
        }
    }

    private void becomePrimary(Broker me, EnsembleState s) {
        me.primary = true;
        me.synced = s.epoch();
        me.backups = new HashSet<>(s.isr());
        me.backups.remove(me.id);
        me.ackedUpTo.clear();
        me.shipped.clear();
        me.waitingSince.clear();
        me.pending.clear();          // writes of the old epoch: the producer retries those it still awaits
        me.receivedAt.clear();
        me.catchingUp.clear();
        me.joining.clear();
        me.ackTo = -1;
        me.offsets.clear();
        for (int i = 0; i < me.log.size(); i++) me.offsets.putIfAbsent(me.log.get(i), i);
        primaryChanges++;
        metrics.election(sim.now());
        metrics.note(() -> "broker " + me.id + " becomes primary of epoch " + s.epoch() + " (in sync: " + s.isr() + ")");
        metrics.leader(sim.now(), leader() >= 0);
        for (int b : me.backups) sendLog(me, b);
        catchUp(me, s);
    }

    /**
     * Live brokers outside the in-sync set (dropped while cut off or crashed, and back now) are sent the whole log,
     * since theirs may have diverged, and then every new message, until they have acknowledged the log up to its
     * end ({@link #maybeRejoin}).
     */
    private void catchUp(Broker me, EnsembleState s) {
        me.catchingUp.retainAll(s.live());
        for (int b : s.live()) {
            if (b == me.id || s.isr().contains(b) || me.backups.contains(b) || !me.catchingUp.add(b)) continue;
            me.ackedUpTo.remove(b);
            sendLog(me, b);
        }
    }

    /**
     * A catching-up broker whose acknowledgements reach the primary's log end rejoins. The primary waits for its
     * acknowledgements from this moment, before the ensemble has it back in the in-sync set, so that every message
     * acknowledged once the ensemble may appoint it is on its disk (Kafka adds a follower to the ISR only when it has
     * reached the leader's log end, for the same reason). With fencing the ensemble commits the rejoin by a write
     * conditional on the primary's epoch and on the broker's live session; without fencing the primary decides alone,
     * as it does when it drops a backup.
     */
    private void maybeRejoin(Broker me, int b) {
        if (!me.catchingUp.contains(b) || me.ackedUpTo.getOrDefault(b, 0) < me.log.size()) return;
        me.catchingUp.remove(b);
        me.backups.add(b);
        if (fencing) { me.joining.add(b); askToRejoin(me, b); }
        metrics.note(() -> "broker " + b + " caught up with primary " + me.id + " and rejoins");
    }

    private void askToRejoin(Broker me, int b) {
        int m = me.member, p = me.id, e = me.epoch;
        net.send(p, ensemble.endpoint(m), "IsrExpand", HEADER, () -> ensemble.onExpand(m, p, e, b));
    }

    private void sendLog(Broker me, int b) {
        int e = me.epoch;
        List<Long> copy = List.copyOf(me.log);
        me.shipped.put(b, copy.size());
        me.waitingSince.putIfAbsent(b, sim.now());
        net.send(me.id, b, "SyncLog", HEADER + ENTRY * copy.size(), () -> onSyncLog(brokers[b], me.id, e, copy));
    }

    private void onSyncLog(Broker bk, int from, int e, List<Long> copy) {
        if (fencing && e < bk.epoch) return;
        bk.epoch = Math.max(bk.epoch, e);
        bk.primary = false;
        bk.synced = e;
        bk.log.clear();
        bk.log.addAll(copy);
        bk.durable = 0;
        bk.gen++;
        bk.ackTo = from;
        bk.ackEpoch = e;
        int upTo = copy.size();
        net.fsync(bk.id, () -> {
            bk.durable = Math.max(bk.durable, upTo);
            net.send(bk.id, from, "SyncAck", HEADER, () -> onReplicaAck(brokers[from], bk.id, e, upTo));
        });
    }

    private void onProduce(Broker me, long op) {
        if (!serving(me)) {
            net.send(me.id, net.client(), "NotPrimary", HEADER, () -> notPrimary(op));
            return;
        }
        Integer stored = idempotent ? me.offsets.get(op) : null;
        if (stored != null) { acknowledgeAgain(me, stored, op); return; }
        int off = me.log.size();
        me.log.add(op);
        me.offsets.putIfAbsent(op, off);
        me.pending.put(off, op);
        me.receivedAt.put(off, sim.now());
        flush(me);
        if (synchronous) {
            net.countRound();
            for (int b : me.backups) ship(me, b);
            for (int b : me.catchingUp) ship(me, b);
        }
    }

    /**
     * Group commit, at the primary and at the backups alike: one forced write covers every message appended before
     * it started, and messages appended while it runs wait for the next one, so the disk's throughput grows with
     * the backlog instead of capping it at one message per fsync (a retry flood after a failover would otherwise
     * queue behind the disk for longer than the producer's timeout). A primary acknowledges what is durable; a
     * backup tells the primary it replicates for. A crash cancels the write in progress; a rewrite of the log's
     * tail meanwhile voids it.
     */
    private void flush(Broker me) {
        if (me.flushing) return;
        me.flushing = true;
        int upTo = me.log.size(), gen = me.gen;
        net.fsync(me.id, () -> {
            me.flushing = false;
            if (gen == me.gen) me.durable = Math.max(me.durable, Math.min(upTo, me.log.size()));
            if (me.primary) acknowledge(me);
            else if (me.ackTo >= 0) {
                int to = me.ackTo, e = me.ackEpoch, d = me.durable;
                net.send(me.id, to, "ReplicaAck", HEADER, () -> onReplicaAck(brokers[to], me.id, e, d));
            }
            if (me.log.size() > me.durable) flush(me);
        });
    }

    /**
     * A retry of message {@code op}, stored at {@code off} already: acknowledged now if committed, else once the high
     * watermark passes it (a message of the old epoch the new primary inherited waits for its backups' copies).
     */
    private void acknowledgeAgain(Broker me, int off, long op) {
        if (off < highWatermark(me)) {
            net.send(me.id, net.client(), "ProduceAck", HEADER, () -> { acked.add(op); complete(op); });
            return;
        }
        me.pending.put(off, op);
        me.receivedAt.putIfAbsent(off, sim.now());
    }

    private void shipTick(int id) {
        net.timer(id, model.shipInterval(), () -> {
            Broker me = brokers[id];
            if (me.primary) {
                for (int b : me.backups) ship(me, b);
                for (int b : me.catchingUp) ship(me, b);
            }
            shipTick(id);
        });
    }

    private void ship(Broker me, int b) {
        int from = me.shipped.getOrDefault(b, 0);
        if (from >= me.log.size()) return;
        int e = me.epoch;
        List<Long> ops = List.copyOf(me.log.subList(from, me.log.size()));
        me.shipped.put(b, me.log.size());
        me.waitingSince.putIfAbsent(b, sim.now());
        net.send(me.id, b, "Replicate", HEADER + ENTRY * ops.size(), () -> onReplicate(brokers[b], me.id, e, from, ops));
    }

    /**
     * A backup silent for a ping interval gets everything after what it acknowledged again, or the whole log if it
     * acknowledged nothing in this epoch (its copy of the log was lost). The wait keeps counting from the oldest
     * unacknowledged shipment, so a backup that never answers still leaves the in-sync set.
     */
    private void retransmit(Broker me) {
        for (int b : me.joining) askToRejoin(me, b);           // the request or the ensemble's answer may be lost
        Set<Integer> targets = new HashSet<>(me.backups);
        targets.addAll(me.catchingUp);
        for (int b : targets) {
            Double since = me.waitingSince.get(b);
            if (since == null || sim.now() - since <= timeouts.heartbeat()) continue;
            if (!me.ackedUpTo.containsKey(b)) { sendLog(me, b); continue; }
            me.shipped.put(b, me.ackedUpTo.get(b));
            ship(me, b);
        }
    }

    private void onReplicate(Broker bk, int from, int e, int off, List<Long> ops) {
        if (fencing) {
            if (e < bk.epoch) return;                                    // fenced: a deposed primary
            if (e > bk.epoch) { bk.epoch = e; bk.primary = false; }
            if (bk.synced != e) return;                                  // its new primary's log comes first
        } else if (bk.primary) return;
        if (off > bk.log.size()) return;                                 // a gap: the retransmission fills it
        if (bk.log.size() > off) bk.gen++;
        while (bk.log.size() > off) bk.log.remove(bk.log.size() - 1);
        bk.durable = Math.min(bk.durable, off);
        bk.log.addAll(ops);
        bk.ackTo = from;
        bk.ackEpoch = e;
        flush(bk);
    }

    private void onReplicaAck(Broker me, int b, int e, int upTo) {
        if (!me.primary || (fencing && e != me.epoch) || !(me.backups.contains(b) || me.catchingUp.contains(b))) return;
        if (upTo <= me.ackedUpTo.getOrDefault(b, 0)) return;
        me.ackedUpTo.put(b, upTo);
        if (upTo >= me.log.size()) me.waitingSince.remove(b);
        else me.waitingSince.put(b, sim.now());
        maybeRejoin(me, b);
        acknowledge(me);
    }

    /**
     * Synchronous: a backup unacknowledging for a session timeout leaves the in-sync set, through the ensemble with
     * fencing (asked again every ping interval until the ensemble's answer arrives, as the request may be lost).
     */
    private void shrinkLagging(Broker me) {
        if (!synchronous) return;
        for (int b : new ArrayList<>(me.backups)) {
            Double since = me.waitingSince.get(b);
            if (since == null || sim.now() - since <= session) continue;
            if (!fencing) { me.backups.remove(b); me.catchingUp.add(b); acknowledge(me); continue; }
            int m = me.member, p = me.id, e = me.epoch;
            net.send(p, ensemble.endpoint(m), "IsrShrink", HEADER, () -> ensemble.onShrink(m, p, e, b));
        }
    }

    /** The offset below which every message is acknowledged: durable at the primary and, synchronously, at every in-sync backup. */
    private int highWatermark(Broker me) {
        int hw = me.durable;
        if (!synchronous || me.backups.isEmpty()) return hw;
        int least = Integer.MAX_VALUE, most = 0;
        for (int b : me.backups) {
            int a = me.ackedUpTo.getOrDefault(b, 0);
            least = Math.min(least, a);
            most = Math.max(most, a);
        }
        return Math.min(hw, bug == PubSubBug.WRONG_QUORUM ? most : least);
    }

    private void acknowledge(Broker me) {
        if (!serving(me)) return;
        var ready = me.pending.headMap(highWatermark(me));
        for (var e : ready.entrySet()) {
            double t0 = me.receivedAt.remove(e.getKey());
            metrics.commitLatency(t0, sim.now());
            metrics.committedEntry(t0);
            long op = e.getValue();
            net.send(me.id, net.client(), "ProduceAck", HEADER, () -> { acked.add(op); complete(op); });
        }
        ready.clear();
    }

    private void onCrash(int node) {
        if (node >= n) { ensemble.crash(node - n); return; }
        Broker bk = brokers[node];
        if (net.diskLost(node)) bk.durable = 0;
        while (bk.log.size() > bk.durable) bk.log.remove(bk.log.size() - 1);
        bk.primary = false;
        bk.flushing = false;
        bk.pending.clear();
        bk.receivedAt.clear();
        metrics.leader(sim.now(), leader() >= 0);
    }

    private void onRecover(int node) {
        if (node >= n) { ensemble.recover(node - n); return; }
        startTimers(brokers[node]);
    }

    // ---- the producer ---------------------------------------------------------------------------------

    @Override protected void send(long op) {
        if (submitted.putIfAbsent(op, sim.now()) == null) lastArrival = sim.now();
        int target = producerGuess;
        net.send(net.client(), target, "Produce", HEADER + ENTRY, () -> onProduce(brokers[target], op));
        sentTo(op, target);
    }

    @Override protected void retry(long op) {
        lookupMember = (lookupMember + 1) % ensemble.size();
        lookup(lookupMember, p -> producerGuess = p);
        send(op);
    }

    /** The producer waits a poll interval (its retry back-off), looks the primary up and resends; its timeout stays armed, in case no server answers. */
    private void notPrimary(long op) {
        if (!pending(op)) return;
        sim.schedule(model.poll(), () -> lookup(lookupMember, p -> {
            producerGuess = p;
            if (pending(op)) send(op);
        }));
    }

    /** Asks ensemble server {@code m} for the primary; {@code then} runs with it if the server answers and names one. */
    private void lookup(int m, java.util.function.IntConsumer then) {
        int c = net.client();
        net.send(c, ensemble.endpoint(m), "Lookup", HEADER, () -> ensemble.onLookup(m,
                s -> net.send(ensemble.endpoint(m), c, "LookupReply", HEADER, () -> { if (s.primary() >= 0) then.accept(s.primary()); })));
    }

    // ---- the subscribers ------------------------------------------------------------------------------

    private void fetch(int s) {
        int target = subGuess[s];
        long offset = subOffset[s];
        boolean[] answered = {false};
        net.send(net.client(), target, "Fetch", HEADER, () -> serveFetch(brokers[target], s, offset, answered));
        sim.schedule(timeouts.client(), () -> {
            if (answered[0]) return;
            answered[0] = true;                        // no answer: ask the next ensemble server where the primary is
            subMember[s] = (subMember[s] + 1) % ensemble.size();
            lookup(subMember[s], p -> subGuess[s] = p);
            sim.schedule(model.poll(), () -> fetch(s));
        });
    }

    private void serveFetch(Broker me, int s, long offset, boolean[] answered) {
        int c = net.client();
        if (!serving(me)) {
            net.send(me.id, c, "NotPrimary", HEADER, () -> {
                if (answered[0]) return;
                answered[0] = true;
                lookup(subMember[s], p -> subGuess[s] = p);
                sim.schedule(model.poll(), () -> fetch(s));
            });
            return;
        }
        int end = me.log.size(), hw = Math.min(highWatermark(me), end);
        int from = (int) Math.min(offset, end);                  // beyond the log: it was truncated, resume at its end
        List<Long> ops = from < hw ? List.copyOf(me.log.subList(from, Math.min(hw, from + MAX_BATCH))) : List.of();
        net.send(me.id, c, "Records", HEADER + ENTRY * ops.size(), () -> {
            if (answered[0]) return;
            answered[0] = true;
            subOffset[s] = from + ops.size();
            if (metrics.measured(sim.now())) subscribers.get(s).deliver(ops, sim.now());
            sim.schedule(ops.isEmpty() ? model.poll() : 0, () -> fetch(s));
        });
    }

    // ---- the end of the run ---------------------------------------------------------------------------

    /**
     * The final primary's log and what the subscribers saw. A run that ends with no serving primary checks no loss:
     * its acknowledged messages may sit on a crashed broker's disk, unavailable rather than lost.
     */
    PubSubRun.Tally tally() {
        Set<Long> measuredAcks = new HashSet<>();
        for (long op : acked) if (metrics.measured(submitted.get(op))) measuredAcks.add(op);
        int p = leader();
        if (p < 0) measuredAcks.clear();
        Broker last = p < 0 ? null : brokers[p];
        Set<Long> inLog = new HashSet<>();
        long twice = 0;
        if (last != null) for (long op : last.log) if (!inLog.add(op)) twice++;
        long lostInLog = 0;
        for (long op : measuredAcks) {
            if (inLog.contains(op)) continue;
            lostInLog++;
            metrics.lostWrite();
            if (synchronous) metrics.violation("acknowledged message " + op + " lost: primary " + last.id + " of epoch " + last.epoch + " lacks it");
        }
        for (long i = 0; i < twice; i++) metrics.duplicate();
        // an idempotent producer's message is stored once whatever its retries, the guarantee the model claims
        if (twice > 0 && model.idempotent() && fencing) metrics.violation(twice + " messages stored twice in the log of primary " + last.id);
        double lost = 0, dup = 0, reord = 0, gap = 0;
        for (int s = 0; s < subscribers.size(); s++) {
            Subscriber sub = subscribers.get(s);
            sub.close(lastArrival);
            long l = sub.lost(measuredAcks);
            if (synchronous && l > 0) metrics.violation(l + " acknowledged messages never delivered to subscriber " + s);
            lost += l;
            dup += sub.duplicates();
            reord += sub.reordered();
            gap += sub.longestGap();
        }
        int k = Math.max(1, subscribers.size());
        return new PubSubRun.Tally(lost / k, lostInLog, dup / k, reord / k, gap / k, measuredAcks.size(), primaryChanges, ensemble.elections());
    }

    @Override protected void finish() {
        tally = tally();
    }

    /** The in-sync set the ensemble has committed, as its leader knows it (for tests and scenarios). */
    Set<Integer> inSync() { return ensemble.inSync(); }

    /** A scripted scenario's producer: message {@code op} reaches broker {@code b} now. */
    void produceAt(int b, long op) {
        submitted.putIfAbsent(op, sim.now());
        lastArrival = sim.now();
        onProduce(brokers[b], op);
    }
}
