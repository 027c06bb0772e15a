package brokerlab.model.network;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.Slice;
import brokerlab.model.StationRun;
import brokerlab.random.RandomStream;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.RunningStats;

import java.util.ArrayList;
import java.util.List;

/** Arrival times and per-step statistics of a staircase {@link ArrivalSchedule}. */
final class ScheduleTracker {
    private final ArrivalSchedule schedule;
    private final double[] end;
    private final long[] arrivals, rejected, completed, exitsDuring;
    private final RunningStats[] response;
    private final LatencyHistogram[] histogram;

    ScheduleTracker(ArrivalSchedule schedule) {
        this.schedule = schedule;
        int k = schedule.size();
        end = new double[k];
        for (int i = 0; i < k; i++) end[i] = schedule.start(i + 1);
        arrivals = new long[k];
        rejected = new long[k];
        completed = new long[k];
        exitsDuring = new long[k];
        response = new RunningStats[k];
        histogram = new LatencyHistogram[k];
        for (int i = 0; i < k; i++) {
            response[i] = new RunningStats();
            histogram[i] = new LatencyHistogram();
        }
    }

    /**
     * Next arrival after {@code from}, or NaN when the schedule is over: an exponential gap at the current rate, and
     * when that gap crosses the step's end, a fresh draw from the boundary at the next rate (memorylessness).
     */
    double nextArrival(double from, RandomStream rng) {
        double t = from;
        for (int k = schedule.stepAt(from); k < end.length; k++) {
            double rate = schedule.step(k).rate();
            if (rate > 0) {
                double candidate = t + rng.nextExponential() / rate;
                if (candidate < end[k]) return candidate;
            }
            t = end[k];
        }
        return Double.NaN;
    }

    void arrival(int step) {
        arrivals[step]++;
    }

    void leave(int step, boolean done, double responseTime, double now) {
        if (done) {
            completed[step]++;
            response[step].add(responseTime);
            histogram[step].record(responseTime);
            int during = schedule.stepAt(now);
            if (during < end.length) exitsDuring[during]++;
        } else {
            rejected[step]++;
        }
    }

    /** One slice per step, named "step k" (see {@link NetworkRun}). */
    List<Slice> results() {
        List<Slice> out = new ArrayList<>();
        for (int k = 0; k < end.length; k++) {
            var s = schedule.step(k);
            out.add(new Slice("step " + k, Measurements.builder()
                    .put(NetworkRun.STEP_START, schedule.start(k)).put(StationRun.OBSERVED_TIME, s.duration())
                    .put(NetworkRun.ARRIVAL_RATE, s.rate()).put(StationRun.CUSTOMERS, arrivals[k])
                    .put(StationRun.REJECTED, rejected[k]).put(NetworkRun.COMPLETED, completed[k])
                    .put(Metric.THROUGHPUT, exitsDuring[k] / s.duration()).put(Metric.MEAN_RESPONSE, response[k].mean())
                    .put(Metric.P99_RESPONSE, histogram[k].percentile(0.99)).build()));
        }
        return out;
    }
}
