package brokerlab.protocol;

import brokerlab.protocol.net.Network;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;

import java.util.ArrayList;
import java.util.List;

/**
 * The mutable tally of one protocol run: latencies in constant memory, counts, the time-average number of
 * client operations in flight (for Little's law L = lambda W), leaderless and blocked time, and the safety
 * violations its checker found. {@link #snapshot} turns it into an immutable {@link RunResult}.
 */
public final class RunMetrics {
    final RunningStats commit = new RunningStats();
    final LatencyHistogram commitHist = new LatencyHistogram();
    final RunningStats response = new RunningStats();
    final LatencyHistogram responseHist = new LatencyHistogram();
    private final List<String> violations = new ArrayList<>();
    private long committedOps, committedEntries, elections, lostWrites, duplicates, aborted;
    private double blockedTime, inFlightArea, lastChange;
    private int inFlight;
    private double leaderlessSince = 0, leaderless;
    private boolean hasLeader;

    /** Commit latency at the leader (or primary, coordinator): from accepting the operation to its commit point. */
    public void commitLatency(double ms) {
        commit.add(ms);
        commitHist.record(ms);
    }

    /** Client-observed response time, including client links and redirects. */
    public void response(double ms) {
        response.add(ms);
        responseHist.record(ms);
    }

    public void committedOp() { committedOps++; }
    /** A committed log entry (operations plus protocol no-ops); message counts per entry use this. */
    public void committedEntry() { committedEntries++; }
    public void election() { elections++; }
    public void lostWrite() { lostWrites++; }
    public void duplicate() { duplicates++; }
    public void aborted() { aborted++; }
    public void blocked(double ms) { blockedTime += ms; }

    public void violation(String what) {
        if (violations.size() < 100) violations.add(what);
    }

    /** A client operation was submitted (+1) or completed or abandoned (-1) at time {@code now}. */
    public void inFlight(double now, int delta) {
        inFlightArea += inFlight * (now - lastChange);
        lastChange = now;
        inFlight += delta;
    }

    /** Whether some node can serve writes right now; accumulates leaderless time. */
    public void leader(double now, boolean present) {
        if (present == hasLeader) return;
        if (present) leaderless += now - leaderlessSince;
        else leaderlessSince = now;
        hasLeader = present;
    }

    public List<String> violations() { return List.copyOf(violations); }
    public long committedOps() { return committedOps; }
    public long committedEntries() { return committedEntries; }
    public long elections() { return elections; }

    /** Freezes the tally at {@code end} ms; throughput is per offered {@code duration} (arrivals stop then, the rest drains). */
    public RunResult snapshot(String protocol, double duration, double end, Network net, long protocolMessages) {
        inFlight(end, 0);
        double unavailable = leaderless + (hasLeader ? 0 : end - leaderlessSince);
        double ops = Math.max(1, committedOps);
        return new RunResult(protocol, end, committedOps, committedOps / duration * 1000.0,
                commit.mean(), pct(commitHist, 0.5), pct(commitHist, 0.99),
                response.mean(), pct(responseHist, 0.5), pct(responseHist, 0.99),
                net.messages() / ops, protocolMessages / Math.max(1.0, committedEntries), net.bytes() / ops,
                net.rounds() / ops, net.fsyncs() / ops, elections, unavailable, blockedTime, lostWrites, duplicates,
                aborted, inFlightArea / end, net.messagesByKind(), violations());
    }

    private static double pct(LatencyHistogram h, double q) {
        return h.count() == 0 ? Double.NaN : h.percentile(q);
    }
}
