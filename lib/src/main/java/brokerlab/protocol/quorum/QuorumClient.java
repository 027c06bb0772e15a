package brokerlab.protocol.quorum;

import brokerlab.consistency.HistoryRecorder;
import brokerlab.consistency.OpKind;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.timeline.TimelineRecorder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One client process of a quorum-store run: a closed loop of think, operate, wait (for the reply or the client
 * timeout). It records every operation in the shared history: ok with the value read or written; a read that
 * failed or timed out as fail or info (no effect either way); a write that failed or timed out as info, since some
 * replicas may have stored it. A read that returns siblings shows the newest by timestamp (what a client that
 * must pick one value would show) and writes back, with its next put, a context covering them all.
 */
final class QuorumClient {
    private final int process, home;
    private final QuorumCluster store;
    private final QuorumWorkload w;
    private final RandomStream rng;
    private final HistoryRecorder history;
    private final QuorumTally tally;
    private final TimelineRecorder timeline;
    private final Simulator sim;
    private final Map<Integer, int[]> context = new HashMap<>();
    private long seq, ops, current = -1;
    private long timeout = -1;

    QuorumClient(int process, QuorumCluster store, QuorumWorkload w, RandomStream rng, HistoryRecorder history,
                 QuorumTally tally, TimelineRecorder timeline) {
        this.process = process;
        this.home = process % store.config().nodes();
        this.store = store;
        this.w = w;
        this.rng = rng;
        this.history = history;
        this.tally = tally;
        this.timeline = timeline;
        this.sim = store.simulator();
    }

    void start() { next(); }

    private void next() {
        double gap = w.thinkTime() * rng.nextExponential();
        if (sim.now() + gap < w.duration()) sim.schedule(gap, this::issue);
    }

    private void issue() {
        int key = rng.nextInt(w.keys());
        boolean read = rng.nextBoolean(w.readFraction()) || (w.singleWriter() && key % w.clients() != process);
        long value = read ? 0 : (process + 1) * 1_000_000L + ++seq;
        long op = ++ops;
        current = op;
        double start = sim.now();
        history.invoke(start, process, read ? OpKind.READ : OpKind.WRITE, "k" + key, 0, value);
        tally.invoked(start);
        if (timeline != null) timeline.mark(home, (read ? "get k" : "put k") + key + (read ? "" : "=" + value));
        timeout = sim.schedule(w.clientTimeout(), () -> {
            if (current != op) return;
            current = -1;
            history.info(sim.now(), process);
            if (timeline != null) timeline.mark(home, "timeout");
            next();
        });
        int[] ctx = context.computeIfAbsent(key, k -> new int[store.config().nodes()]);
        if (read) store.get(home, key, r -> done(op, key, true, start, r));
        else store.put(home, key, value, ctx, r -> done(op, key, false, start, r));
    }

    private void done(long op, int key, boolean read, double start, StoreReply r) {
        if (current != op) return;   // the client already gave up
        current = -1;
        sim.cancel(timeout);
        double now = sim.now();
        if (!r.ok()) {
            if (read) history.fail(now, process); else history.info(now, process);
            if (timeline != null) timeline.mark(home, "failed");
        } else if (read) {
            List<Version> v = r.versions();
            if (v.size() > 1) tally.siblingRead();
            context.put(key, Siblings.context(v, store.config().nodes()));
            Version shown = Siblings.newest(v);
            if (shown == null) history.okEmpty(now, process); else history.ok(now, process, shown.value());
            tally.ok(start, now);
            if (timeline != null) timeline.mark(home, "-> " + (shown == null ? "null" : shown.value()));
        } else {
            context.put(key, r.written().clock());
            history.ok(now, process, r.written().value());
            tally.ok(start, now);
            tally.acked(key, r.written());
            if (timeline != null) timeline.mark(home, "ok");
        }
        next();
    }
}
