package brokerlab.protocol;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Network;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.util.Check;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One run of a protocol: its simulator, its {@link Network}, its tally and its client, with the run written once
 * for every protocol. A subclass supplies the servers ({@link #start}, {@link #leader}) and how its client sends a
 * request and retries one ({@link #send}, {@link #retry}); the client's bookkeeping (timeouts under the
 * {@link Timeouts} retry policy, responses, give-ups, operations in flight) lives here.
 *
 * <p>Streams: NETWORK for delays and loss, FAILURES for timers and votes, ARRIVALS for the client, each keyed by
 * (seed, replication), so a run's numbers do not depend on threads. A run object is used once.
 */
public abstract class Cluster {
    protected final ProtocolSettings settings;
    protected final Timeouts timeouts;
    protected final Simulator sim = new Simulator();
    protected final Network net;
    protected final RunMetrics metrics = new RunMetrics();
    protected final RandomStream timers;
    private final RandomStream arrivals;
    private final Map<Long, Request> requests = new HashMap<>();

    private static final class Request {
        final double submitted;
        int attempts;
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
    }

    public Network network() { return net; }
    public Simulator simulator() { return sim; }
    public RunMetrics metrics() { return metrics; }

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
     * Runs {@code length} of client traffic (a customer count converts at the client rate), then drains for
     * {@code settings.drain()} ms, and returns what the measured window saw.
     */
    public final ProtocolRun run(RunLength length) {
        RunLength.Time t = Check.notNull("length", length).inTime(settings.clientRate() / 1000.0);
        start();
        double begin = sim.now(), from = begin + t.warmup(), stop = begin + t.end();
        settings.faults().apply(net, this::leader);
        Network.Counters[] base = {net.counters()};
        if (t.warmup() == 0) metrics.open(from);
        else sim.scheduleAt(from, () -> { metrics.open(from); base[0] = net.counters(); });
        ClientLoad.start(sim, arrivals, settings.clientRate(), begin, stop, this::arrive);
        sim.runUntil(stop + settings.drain());
        finish();
        double[] open = requests.values().stream().mapToDouble(r -> r.submitted).toArray();
        return metrics.snapshot(t.duration(), sim.now(), net.counters().minus(base[0]), protocolKinds(), open, timeouts.availability());
    }

    // ---- the client ------------------------------------------------------------------------------------

    private void arrive(long op) {
        requests.put(op, new Request(sim.now()));
        metrics.submitted(sim.now());
        send(op);
        rearm(op);
    }

    /** True while the client waits for {@code op}. */
    protected final boolean pending(long op) {
        return requests.containsKey(op);
    }

    /** Restarts the client's timeout for {@code op} (after a resend it chose itself, e.g. on a redirect). */
    protected final void rearm(long op) {
        Request r = requests.get(op);
        if (r == null) return;
        if (r.timer >= 0) sim.cancel(r.timer);
        r.timer = sim.schedule(timeouts.clientWait(r.attempts), () -> timeout(op));
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
            return;
        }
        metrics.retry(r.submitted);
        retry(op);
        rearm(op);
    }

    /** The client accepts the answer to {@code op} (committed, or aborted); false if it was not waiting for it. */
    protected final boolean complete(long op, boolean committed) {
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
