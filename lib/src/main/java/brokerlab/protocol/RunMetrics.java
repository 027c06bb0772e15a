package brokerlab.protocol;

import brokerlab.consistency.History;
import brokerlab.experiment.Measurements;
import brokerlab.protocol.net.Network;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The mutable tally of one protocol run, over the measured window that opens at {@link #open}: latencies in
 * constant memory, counts, the time-average number of measured client operations in flight (for Little's law),
 * leaderless, client-unavailable and blocked time, and the safety violations the checker found.
 * {@link #snapshot} turns it into an immutable {@link ProtocolRun}.
 *
 * <p>Attribution: a commit latency and a committed entry count when the entry was proposed inside the window, a
 * response when the operation was submitted inside it, an election when the leadership was established inside
 * it. So messages and entries match exactly in a failure-free run, whatever the warm-up.
 */
public final class RunMetrics {
    private final RunningStats commit = new RunningStats(), response = new RunningStats();
    private final LatencyHistogram commitHist = new LatencyHistogram(), responseHist = new LatencyHistogram();
    private final List<String> violations = new ArrayList<>();
    private final List<double[]> slow = new ArrayList<>();
    private double from = Double.POSITIVE_INFINITY;
    private long completed, committedOps, committedEntries, elections, lostWrites, duplicates, aborted, retries, failed, violationCount;
    private double blockedTime, inFlightArea, lastChange, coldStart = Double.NaN;
    private int inFlight;
    private double leaderlessSince = 0, leaderless;
    private boolean hasLeader;
    private ScenarioTrace trace;
    private java.util.function.DoubleSupplier clock;

    /** Opens the measured window at {@code now}; before that nothing but leader changes and violations is kept. */
    public void open(double now) {
        from = now;
        lastChange = now;
    }

    /** True once the window is open and {@code t} lies inside it. */
    public boolean measured(double t) { return t >= from; }

    /** The first leader (primary, coordinator) became ready at {@code ms}: the cold-start election. */
    public void coldStart(double ms) { coldStart = ms; }

    /** An entry proposed at {@code proposedAt} committed now: its latency at the leader. */
    public void commitLatency(double proposedAt, double now) {
        if (!measured(proposedAt)) return;
        commit.add(now - proposedAt);
        commitHist.record(now - proposedAt);
    }

    /** A committed log entry (operations plus protocol no-ops) proposed at {@code proposedAt}. */
    public void committedEntry(double proposedAt) { if (measured(proposedAt)) committedEntries++; }

    /** A client operation submitted at {@code submitted} was answered now: committed, or aborted (two-phase commit). */
    void response(double submitted, double now, double availability, boolean committed) {
        if (!measured(submitted)) return;
        double ms = now - submitted;
        response.add(ms);
        responseHist.record(ms);
        completed++;
        if (committed) committedOps++;
        else aborted++;
        inFlight(now, -1);
        if (ms > availability) slow.add(new double[]{submitted, now});
    }

    /** A client operation submitted at {@code submitted} was given up now under the retry policy. */
    void failed(double submitted, double now) {
        if (!measured(submitted)) return;
        failed++;
        inFlight(now, -1);
        slow.add(new double[]{submitted, now});
    }

    /** A measured client operation entered the system now. */
    void submitted(double now) {
        if (measured(now)) inFlight(now, +1);
    }

    void retry(double submitted) { if (measured(submitted)) retries++; }

    /** A leadership established at {@code now}: a leader elected, a view installed, a primary appointed. */
    public void election(double now) { if (measured(now)) elections++; }
    public void lostWrite() { lostWrites++; }
    public void duplicate() { duplicates++; }
    public void blocked(double ms) { blockedTime += ms; }

    /** Records into {@code t}, timing each line by {@code clock}: only a scenario being traced ({@link ScenarioTrace#record}). */
    void trace(ScenarioTrace t, java.util.function.DoubleSupplier clock) {
        this.trace = t;
        this.clock = clock;
    }

    /**
     * Adds a line to the scenario trace, if one is being recorded (a leadership won, a commit, an acknowledgement); the line is
     * built only then, so untraced runs, which report on every commit, build no strings.
     */
    public void note(java.util.function.Supplier<String> what) {
        if (trace != null) trace.add(clock.getAsDouble(), what.get());
    }

    public void violation(String what) {
        if (trace != null) trace.violation(clock.getAsDouble(), what);
        violationCount++;
        if (violations.size() < 100) violations.add(what);
    }

    private void inFlight(double now, int delta) {
        inFlightArea += inFlight * (now - lastChange);
        lastChange = now;
        inFlight += delta;
    }

    /** Whether some node can serve writes right now; accumulates leaderless time inside the window. */
    public void leader(double now, boolean present) {
        if (present == hasLeader) return;
        if (present) leaderless += Math.max(0, now - Math.max(leaderlessSince, from));
        else leaderlessSince = now;
        hasLeader = present;
    }

    public List<String> violations() { return List.copyOf(violations); }
    public long elections() { return elections; }
    public boolean hasLeader() { return hasLeader; }

    /**
     * Freezes the tally at {@code end}: throughput is per {@code duration} ms of measured arrivals, costs per
     * committed operation come from the network counters of the window ({@code window}), and
     * {@code protocolKinds} name the replica-to-replica messages of the commit path. {@code pending} holds the
     * submission times of operations still unanswered, whose waits count as client-unavailable time; {@code history}
     * is the client's history, or null when none was recorded.
     */
    ProtocolRun snapshot(double duration, double end, Network.Counters window, Set<String> protocolKinds,
                         double[] pending, double availability, History history) {
        inFlight(end, 0);
        double unavailable = leaderless + (hasLeader ? 0 : Math.max(0, end - Math.max(leaderlessSince, from)));
        for (double s : pending) if (measured(s) && end - s > availability) slow.add(new double[]{s, end});
        double span = end - from, ops = Math.max(1, committedOps);
        long proto = protocolKinds.stream().mapToLong(window::messages).sum();
        Measurements m = Measurements.builder()
                .put(ProtocolRun.MEAN_RESPONSE, response.mean())
                .put(ProtocolRun.P50_RESPONSE, pct(responseHist, 0.5))
                .put(ProtocolRun.P99_RESPONSE, pct(responseHist, 0.99))
                .put(ProtocolRun.MEAN_COMMIT, commit.mean())
                .put(ProtocolRun.P50_COMMIT, pct(commitHist, 0.5))
                .put(ProtocolRun.P99_COMMIT, pct(commitHist, 0.99))
                .put(ProtocolRun.THROUGHPUT, committedOps / duration * 1000.0)
                .put(ProtocolRun.COMMITTED_OPS, committedOps)
                .put(ProtocolRun.MESSAGES_PER_OP, window.messages() / ops)
                .put(ProtocolRun.PROTOCOL_MESSAGES_PER_ENTRY, proto / Math.max(1.0, committedEntries))
                .put(ProtocolRun.BYTES_PER_OP, window.bytes() / ops)
                .put(ProtocolRun.ROUNDS_PER_OP, window.rounds() / ops)
                .put(ProtocolRun.FSYNCS_PER_OP, window.fsyncs() / ops)
                .put(ProtocolRun.ELECTIONS, elections)
                .put(ProtocolRun.COLD_START, coldStart)
                .put(ProtocolRun.UNAVAILABLE, unavailable)
                .put(ProtocolRun.CLIENT_UNAVAILABLE, union(slow, from, end))
                .put(ProtocolRun.BLOCKED, blockedTime)
                .put(ProtocolRun.LOST_WRITES, lostWrites)
                .put(ProtocolRun.DUPLICATES, duplicates)
                .put(ProtocolRun.RETRIES, retries)
                .put(ProtocolRun.ABORTED, aborted)
                .put(ProtocolRun.FAILED, failed)
                .put(ProtocolRun.VIOLATIONS, violationCount)
                .put(ProtocolRun.MEAN_IN_FLIGHT, span > 0 ? inFlightArea / span : Double.NaN)
                .put(ProtocolRun.LITTLE_L, span > 0 ? completed / span * response.mean() : Double.NaN)
                .build();
        return new ProtocolRun(m, violations, window.byKind(), history);
    }

    /** The total length of the union of intervals, clipped to [from, end]. */
    static double union(List<double[]> intervals, double from, double end) {
        List<double[]> xs = new ArrayList<>(intervals);
        xs.sort(Comparator.comparingDouble(x -> x[0]));
        double total = 0, reach = from;
        for (double[] x : xs) {
            double a = Math.max(x[0], reach), b = Math.min(x[1], end);
            if (b > a) { total += b - a; reach = b; }
        }
        return total;
    }

    private static double pct(LatencyHistogram h, double q) {
        return h.count() == 0 ? Double.NaN : h.percentile(q);
    }
}
