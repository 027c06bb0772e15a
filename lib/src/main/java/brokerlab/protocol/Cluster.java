package brokerlab.protocol;

import brokerlab.consistency.HistoryRecorder;
import brokerlab.consistency.OpKind;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NetworkEvent;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.Set;

/**
 * One run of a protocol: its simulator, its {@link Network}, its tally and its client, with the run written once
 * for every protocol. A subclass supplies the servers ({@link #start}, {@link #leader}) and how its client sends a
 * request and retries one ({@link #send}, {@link #retry}); the client's bookkeeping (timeouts under the
 * {@link Timeouts} retry policy, responses, give-ups, operations in flight) lives here.
 *
 * <p>The client's operations are writes and, if the settings' {@link ClientWorkload} asks for them, reads, on one
 * or more keys; a write's value is its operation number. With {@code recordHistory} the client records what it saw
 * ({@link brokerlab.consistency.History}): an invoke when an operation arrives, ok (with the value read) when it
 * accepts an answer, fail for an aborted transaction, info when it gives up; one history process per operation,
 * since the open-loop client has many in flight.
 *
 * <p>Streams: NETWORK for delays and loss, FAILURES for timers and votes, ARRIVALS for the client, MISC for its
 * operation mix, each keyed by (seed, replication), so a run's numbers do not depend on threads. A run object is
 * used once.
 */
public abstract class Cluster {
    protected final ProtocolSettings settings;
    protected final Timeouts timeouts;
    protected final Simulator sim = new Simulator();
    protected final Network net;
    protected final RunMetrics metrics = new RunMetrics();
    protected final RandomStream timers;
    private final RandomStream arrivals;
    private final LongMap<Request> requests = new LongMap<>();      // by operation: the client's pending requests
    private final ClientOps ops;
    private final HistoryRecorder history;

    /** The value a read returns for a key no write has reached (JSON null in the history). */
    public static final long NOTHING = -1;

    /** Election timeouts the cold start may take before the client starts anyway (a cluster that cannot elect). */
    public static final int COLD_START_LIMIT = 100;

    private static final class Request {
        final double submitted;
        int attempts, target = -1;
        long timer = -1;

        Request(double submitted) { this.submitted = submitted; }
    }

    /**
     * @param endpoints  network endpoints besides the client (servers, plus a coordination service if any)
     * @param faultNodes the fault plan may name nodes 0 .. faultNodes - 1
     */
    protected Cluster(ProtocolSettings settings, int endpoints, int faultNodes, long seed, int replication) {
        this.settings = Check.notNull("settings", settings);
        this.timeouts = settings.timeouts();
        FaultPlan f = settings.faults();
        if (f.maxNode() >= faultNodes)
            throw Check.fail("faults", "node " + f.maxNode(), "it must name nodes below " + faultNodes, "nodes are numbered from 0");
        net = new Network(sim, settings.topology(), endpoints, settings.node(), f.loss(), RandomStream.of(seed, replication, RandomStream.NETWORK));
        timers = RandomStream.of(seed, replication, RandomStream.FAILURES);
        arrivals = RandomStream.of(seed, replication, RandomStream.ARRIVALS);
        ops = new ClientOps(settings.workload(), RandomStream.of(seed, replication, RandomStream.MISC));
        history = settings.workload().recordHistory() ? new HistoryRecorder() : null;
        ScenarioTrace trace = ScenarioTrace.current();
        if (trace != null) {
            metrics.trace(trace, sim::now);
            net.observe(e -> {
                if (e.type() == NetworkEvent.Type.CRASH) trace.add(e.time(), endpoint(e.node()) + " crashes");
                else if (e.type() == NetworkEvent.Type.RECOVER) trace.add(e.time(), endpoint(e.node()) + " recovers");
            });
        }
    }

    /** How a trace names endpoint {@code i}: a server, the coordination service or the client. */
    private String endpoint(int i) {
        return i == net.client() ? "client" : i == net.service() ? "coordination service" : "node " + i;
    }

    public Network network() { return net; }
    public Simulator simulator() { return sim; }
    public RunMetrics metrics() { return metrics; }

    /** True when client operation {@code op} is a read (false for writes and for operations a scenario injects). */
    public final boolean isRead(long op) { return ops.isRead(op); }

    /** The key client operation {@code op} reads or writes, in [0, keys). */
    public final int keyOf(long op) { return ops.key(op); }

    /** Starts the servers' timers; called once, at time 0. */
    protected abstract void start();

    /** The node that can serve writes now (leader, primary, coordinator), or -1. */
    public abstract int leader();

    /** The client's first send of operation {@code op}. */
    protected abstract void send(long op);

    /** The client's resend of {@code op} after a timeout (to another node, or to all). */
    protected abstract void retry(long op);

    /** The kinds of the replica-to-replica messages of the commit path (what {@code MessageCounts} predicts). */
    protected abstract Set<String> protocolKinds();

    /** End-of-run checks, after the drain. */
    protected void finish() { }

    /**
     * The cold start is over and {@code leader} leads: the client learns where to send, as a real client would from
     * its bootstrap lookup, so the first operations are not charged for followers that have not heard of the
     * leader yet. The default does nothing (a client that already knows, or always asks the same node).
     */
    protected void onReady(int leader) { }

    /**
     * Starts the servers and waits for the cold-start election (the first moment {@link #leader()} names a node;
     * at most {@link #COLD_START_LIMIT} election timeouts), reported as {@link ProtocolRun#COLD_START} and kept out
     * of every other figure. Then the fault plan starts its clock and the client sends {@code length} of traffic
     * (a customer count converts at the client rate), warm-up first; the run drains for {@code settings.drain()}
     * ms and returns what the measured window saw.
     */
    public final ProtocolRun run(RunLength length) {
        RunLength.Time t = Check.notNull("length", length).inTime(settings.clientRate() / 1000.0);
        start();
        Network.Counters[] base = {net.counters()};
        double limit = COLD_START_LIMIT * (timeouts.election() + timeouts.electionRange());
        while (leader() < 0 && sim.nextEventTime() <= limit) {
            base[0] = net.counters();         // the counters just before the event that elects: its sends are steady state
            sim.step();
        }
        double begin = sim.now(), from = begin + t.warmup(), stop = begin + t.end();
        metrics.coldStart(leader() >= 0 ? begin : Double.NaN);
        if (leader() >= 0) onReady(leader());
        settings.faults().apply(net, this::leader);
        if (t.warmup() == 0) metrics.open(from);
        else sim.scheduleAt(from, () -> { metrics.open(from); base[0] = net.counters(); });
        ClientLoad.start(sim, arrivals, settings.clientRate(), begin, stop, this::arrive);
        sim.runUntil(stop + settings.drain());
        finish();
        double[] open = new double[requests.size()];
        int[] k = {0};
        requests.forEachInKeyOrder(r -> open[k[0]++] = r.submitted);
        return metrics.snapshot(t.duration(), sim.now(), net.counters().minus(base[0]), protocolKinds(), open, timeouts.availability(),
                history == null ? null : history.history());
    }

    // ---- the client ------------------------------------------------------------------------------------

    private void arrive(long op) {
        ops.arrive(op);
        if (history != null)
            history.invoke(sim.now(), (int) op, isRead(op) ? OpKind.READ : OpKind.WRITE, "k" + keyOf(op), 0, op);
        requests.put(op, new Request(sim.now()));
        metrics.submitted(sim.now());
        send(op);
        rearm(op);
    }

    /** True while the client waits for {@code op}. */
    protected final boolean pending(long op) {
        return requests.containsKey(op);
    }

    /** Remembers that the client last sent {@code op} to {@code node} (for a retry to move on from it). */
    protected final void sentTo(long op, int node) {
        Request r = requests.get(op);
        if (r != null) r.target = node;
    }

    /** How many times the client's wait for {@code op} has timed out so far (0 before the first timeout). */
    protected final int attempts(long op) {
        Request r = requests.get(op);
        return r == null ? 0 : r.attempts;
    }

    /** The node the client last sent {@code op} to, or -1. */
    protected final int lastTarget(long op) {
        Request r = requests.get(op);
        return r == null ? -1 : r.target;
    }

    /** Restarts the client's timeout for {@code op} (after a resend it chose itself, e.g. on a redirect). */
    protected final void rearm(long op) {
        Request r = requests.get(op);
        if (r == null) return;
        r.timer = sim.reschedule(r.timer, timeouts.clientWait(r.attempts), () -> timeout(op));      // cancel and re-arm
    }

    /** Stops the client's timeout for {@code op} (it will resend on its own schedule and re-arm then). */
    protected final void hold(long op) {
        Request r = requests.get(op);
        if (r != null && r.timer >= 0) {
            sim.cancel(r.timer);
            r.timer = -1;
        }
    }

    private void timeout(long op) {
        Request r = requests.get(op);
        if (r == null) return;
        r.timer = -1;
        r.attempts++;
        if (timeouts.maxAttempts() > 0 && r.attempts >= timeouts.maxAttempts()) {
            requests.remove(op);
            metrics.failed(r.submitted, sim.now());
            if (history != null) history.info(sim.now(), (int) op);
            return;
        }
        metrics.retry(r.submitted);
        retry(op);
        rearm(op);
    }

    /** The client accepts the answer to write {@code op} (committed, or aborted); false if it was not waiting for it. */
    protected final boolean complete(long op, boolean committed) {
        if (!accept(op, committed)) return false;
        if (history != null) {
            if (committed) history.ok(sim.now(), (int) op, op);
            else history.fail(sim.now(), (int) op);
        }
        return true;
    }

    /** The client accepts {@code value} (or {@link #NOTHING}) as the answer to read {@code op}; false if it was not waiting. */
    protected final boolean completeRead(long op, long value) {
        if (!accept(op, true)) return false;
        if (history != null) {
            if (value == NOTHING) history.okEmpty(sim.now(), (int) op);
            else history.ok(sim.now(), (int) op, value);
        }
        return true;
    }

    private boolean accept(long op, boolean committed) {
        Request r = requests.remove(op);
        if (r == null) return false;
        if (r.timer >= 0) sim.cancel(r.timer);
        metrics.response(r.submitted, sim.now(), timeouts.availability(), committed);
        return true;
    }

    /** The client accepts a committed answer to {@code op}. */
    protected final boolean complete(long op) {
        return complete(op, true);
    }
}
