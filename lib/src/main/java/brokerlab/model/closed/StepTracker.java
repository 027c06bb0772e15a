package brokerlab.model.closed;

import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;

import java.util.ArrayList;
import java.util.List;

/** Per-step counters of a {@link ClientSchedule}, attributed by the time each event happens. */
final class StepTracker {
    private final ClientSchedule schedule;
    final long[] requests, completed, rejected, abandoned;
    private final double[] clientArea;
    private final RunningStats[] response;
    private final LatencyHistogram[] histogram;
    int current;

    StepTracker(ClientSchedule schedule) {
        this.schedule = schedule;
        int k = schedule.size();
        requests = new long[k];
        completed = new long[k];
        rejected = new long[k];
        abandoned = new long[k];
        clientArea = new double[k];
        response = new RunningStats[k];
        histogram = new LatencyHistogram[k];
        for (int i = 0; i < k; i++) {
            response[i] = new RunningStats();
            histogram[i] = new LatencyHistogram();
        }
    }

    void addClientArea(double area) {
        if (current < clientArea.length) clientArea[current] += area;
    }

    void response(double r) {
        completed[current]++;
        response[current].add(r);
        histogram[current].record(r);
    }

    List<ClientStepResult> results() {
        List<ClientStepResult> out = new ArrayList<>();
        for (int k = 0; k < schedule.size(); k++) {
            var s = schedule.step(k);
            out.add(new ClientStepResult(k, schedule.start(k), s.duration(), s.clients(), clientArea[k] / s.duration(),
                    requests[k], completed[k], rejected[k], abandoned[k], completed[k] / s.duration(),
                    response[k].mean(), histogram[k].percentile(0.99)));
        }
        return out;
    }
}
