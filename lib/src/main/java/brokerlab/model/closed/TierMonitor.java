package brokerlab.model.closed;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.Slice;
import brokerlab.stats.RunningStats;
import brokerlab.stats.TimeAverage;

/**
 * Counts, time averages and responses of one FCFS station of the closed model (an application node or the
 * backend). The owner reports every change through the methods below, with the time it happens.
 */
final class TierMonitor {
    private final String name;
    private final int servers;
    int number;
    private int waiting, busy, maxWaiting;
    private long served;
    private final TimeAverage numberAverage = new TimeAverage(), waitingAverage = new TimeAverage(), busyAverage = new TimeAverage();
    private RunningStats response = new RunningStats();

    TierMonitor(String name, int servers) {
        this.name = name;
        this.servers = servers;
    }

    void arrived(double now) {
        numberAverage.update(now, ++number);
    }

    void queued(double now, int delta) {
        waiting += delta;
        if (waiting > maxWaiting) maxWaiting = waiting;
        waitingAverage.update(now, waiting);
    }

    void started(double now) {
        busyAverage.update(now, ++busy);
    }

    void departed(double now, double responseTime) {
        numberAverage.update(now, --number);
        busyAverage.update(now, --busy);
        served++;
        response.add(responseTime);
    }

    void reset(double now) {
        numberAverage.reset(now);
        waitingAverage.reset(now);
        busyAverage.reset(now);
        served = 0;
        maxWaiting = waiting;
        response = new RunningStats();
    }

    Slice result(double now, double duration) {
        return new Slice(name, Measurements.builder()
                .put(ClosedRun.DEPARTURES, served).put(Metric.THROUGHPUT, served / duration)
                .put(Metric.UTILIZATION, busyAverage.mean(now) / servers)
                .put(Metric.MEAN_NUMBER_IN_SYSTEM, numberAverage.mean(now))
                .put(Metric.MEAN_QUEUE_LENGTH, waitingAverage.mean(now))
                .put(Metric.MEAN_RESPONSE, response.mean()).put(ClosedRun.MAX_QUEUE_LENGTH, maxWaiting)
                .build());
    }
}
