package brokerlab.model.dispatch;

import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;

/**
 * The measurements shared by {@link HedgingSimulation} and {@link StealingSimulation}: requests that arrive in the
 * window [start, end) are tagged and followed to their answer; the numbers of outstanding requests and busy servers
 * are integrated over the window. The owner calls {@link #advance} before changing either count. Keeping this in one
 * place makes the two simulations measure identically, so hedging with d = infinity reproduces plain routing exactly.
 */
final class RequestTally {
    private final double start, end, meanService;
    private final int servers;
    private final RunningStats response = new RunningStats();
    private final LatencyHistogram histogram = new LatencyHistogram();
    private double last, areaOutstanding, areaBusy, work, wasted;
    int outstanding, busy;
    long arrived, completed, requests, copiesSent, copiesServed, copiesCancelled, steals;

    RequestTally(double start, double end, int servers, double meanService) {
        this.start = start;
        this.end = end;
        this.servers = servers;
        this.meanService = meanService;
    }

    boolean inWindow(double t) {
        return t >= start && t < end;
    }

    double end() {
        return end;
    }

    /** Integrates the counts over the part of (last, now] that lies inside the window. */
    void advance(double now) {
        double from = Math.max(last, start), to = Math.min(now, end);
        if (to > from) {
            areaOutstanding += outstanding * (to - from);
            areaBusy += busy * (to - from);
        }
        last = now;
    }

    void answered(boolean tagged, double responseTime) {
        completed++;
        if (tagged) {
            requests++;
            response.add(responseTime);
            histogram.record(responseTime);
        }
    }

    /**
     * A copy of a tagged request left its server after {@code time} of service (completed or aborted);
     * {@code wasted} when the copy did not give the request its answer (a late or cancelled duplicate).
     */
    void work(double time, boolean wasted) {
        work += time;
        if (wasted) this.wasted += time;
    }

    DispatchResult result() {
        double duration = end - start;
        return new DispatchResult(duration, arrived, completed, requests, response.mean(), histogram,
                areaOutstanding / duration, areaBusy / (servers * duration), copiesSent, copiesServed, copiesCancelled,
                work, wasted, steals, meanService);
    }
}
