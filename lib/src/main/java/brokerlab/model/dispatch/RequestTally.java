package brokerlab.model.dispatch;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;

/**
 * The measurements of {@link FarmEvents}: requests that arrive in the window [start, end) are tagged and followed
 * to their answer; the numbers of outstanding requests and busy servers are integrated over the window. The
 * integrals are clipped to the window without an event at its edges (which would reorder simultaneous events), so
 * {@code stats.TimeAverage}, which integrates from a reset onwards, does not fit here.
 */
final class RequestTally {
    private final double start, end, meanService;
    private final int servers;
    private final RunningStats response = new RunningStats();
    private final LatencyHistogram histogram = new LatencyHistogram();
    private double last, areaOutstanding, areaBusy, work, wasted;
    private int outstanding, busy;
    private long arrived, completed, requests;
    long copiesSent, copiesServed, copiesCancelled, steals;

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

    /** A request arrives at {@code now}. */
    void arrive(double now) {
        advance(now);
        arrived++;
        outstanding++;
    }

    /** {@code delta} servers start (+1) or stop (-1) serving at {@code now}. */
    void busy(double now, int delta) {
        advance(now);
        busy += delta;
    }

    /** A request gets its (first) answer at {@code now}; {@code tagged} when it arrived in the window. */
    void answered(double now, boolean tagged, double responseTime) {
        advance(now);
        outstanding--;
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

    DispatchRun result() {
        double duration = end - start;
        double copiesPerRequest = (double) copiesServed / requests, extra = work / requests / meanService - 1;
        return new DispatchRun(Measurements.builder()
                .put(Metric.MEAN_RESPONSE, response.mean())
                .put(Metric.P50_RESPONSE, histogram.percentile(0.50)).put(Metric.P95_RESPONSE, histogram.percentile(0.95))
                .put(Metric.P99_RESPONSE, histogram.percentile(0.99)).put(Metric.P999_RESPONSE, histogram.percentile(0.999))
                .put(Metric.THROUGHPUT, requests / duration)
                .put(Metric.MEAN_NUMBER_IN_SYSTEM, areaOutstanding / duration)
                .put(Metric.UTILIZATION, areaBusy / (servers * duration))
                .put(DispatchRun.ARRIVED, arrived).put(DispatchRun.COMPLETED, completed).put(DispatchRun.REQUESTS, requests)
                .put(DispatchRun.COPIES_SENT, copiesSent).put(DispatchRun.COPIES_SERVED, copiesServed)
                .put(DispatchRun.COPIES_CANCELLED, copiesCancelled).put(DispatchRun.WORK, work)
                .put(DispatchRun.WASTED_WORK, wasted).put(DispatchRun.STEALS, steals)
                .put(DispatchRun.COPIES_SERVED_PER_REQUEST, copiesPerRequest)
                .put(DispatchRun.HEDGED_FRACTION, (double) (copiesSent - requests) / requests)
                .put(DispatchRun.EXTRA_LOAD, extra)
                .put(DispatchRun.WASTED_FRACTION, work == 0 ? 0 : wasted / work)
                .put(DispatchRun.STOLEN_FRACTION, (double) steals / requests)
                .put(DispatchRun.OBSERVED_TIME, duration)
                .build());
    }
}
