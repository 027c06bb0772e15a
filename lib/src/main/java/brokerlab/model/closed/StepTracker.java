package brokerlab.model.closed;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.Slice;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;
import brokerlab.stats.TimeAverage;

import java.util.ArrayList;
import java.util.List;

/** Per-step counters of a {@link ClientSchedule}, attributed by the time each event happens. */
final class StepTracker {
    private final ClientSchedule schedule;
    final long[] requests, completed, rejected, abandoned;
    private final double[] meanClients;
    private final RunningStats[] response;
    private final LatencyHistogram[] histogram;
    private final TimeAverage clients = new TimeAverage();
    int current;

    StepTracker(ClientSchedule schedule) {
        this.schedule = schedule;
        int k = schedule.size();
        requests = new long[k];
        completed = new long[k];
        rejected = new long[k];
        abandoned = new long[k];
        meanClients = new double[k];
        response = new RunningStats[k];
        histogram = new LatencyHistogram[k];
        for (int i = 0; i < k; i++) {
            response[i] = new RunningStats();
            histogram[i] = new LatencyHistogram();
        }
    }

    void clients(double now, int active) {
        clients.update(now, active);
    }

    /** The next step starts at {@code now}. */
    void next(double now) {
        meanClients[current++] = clients.mean(now);
        clients.reset(now);
    }

    void response(double r) {
        completed[current]++;
        response[current].add(r);
        histogram[current].record(r);
    }

    /** One slice per step, named "step k" (see {@link ClosedRun}); the last step ends at {@code now}. */
    List<Slice> results(double now) {
        if (current < meanClients.length) meanClients[current] = clients.mean(now);
        List<Slice> out = new ArrayList<>();
        for (int k = 0; k < schedule.size(); k++) {
            var s = schedule.step(k);
            out.add(new Slice("step " + k, Measurements.builder()
                    .put(ClosedRun.STEP_START, schedule.start(k)).put(ClosedRun.OBSERVED_TIME, s.duration())
                    .put(ClosedRun.CLIENTS, s.clients()).put(ClosedRun.MEAN_CLIENTS, meanClients[k])
                    .put(ClosedRun.REQUESTS, requests[k]).put(ClosedRun.COMPLETED, completed[k])
                    .put(ClosedRun.REJECTED, rejected[k]).put(ClosedRun.ABANDONED, abandoned[k])
                    .put(Metric.THROUGHPUT, completed[k] / s.duration()).put(Metric.MEAN_RESPONSE, response[k].mean())
                    .put(Metric.P99_RESPONSE, histogram[k].percentile(0.99))
                    .put(ClosedRun.REJECTED_FRACTION, requests[k] == 0 ? 0 : (double) rejected[k] / requests[k])
                    .put(ClosedRun.ABANDONED_FRACTION, requests[k] == 0 ? 0 : (double) abandoned[k] / requests[k])
                    .build()));
        }
        return out;
    }
}
