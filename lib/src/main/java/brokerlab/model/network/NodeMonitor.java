package brokerlab.model.network;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.Slice;
import brokerlab.stats.RunningStats;
import brokerlab.stats.TimeAverage;

/**
 * Streaming statistics of one station: its state counts (present, waiting, busy and up servers) with their time
 * averages, counters, and per-visit wait, response and inter-departure times. The owner reports every change
 * through the methods below, with the time it happens. Package-private: results leave as a {@link Slice}.
 */
final class NodeMonitor {
    private final String name;
    private final int servers;
    int number, waiting, busy, up;
    private final TimeAverage numberAverage = new TimeAverage(), waitingAverage = new TimeAverage(),
            busyAverage = new TimeAverage(), upAverage;
    private long arrivals, rejected, served;
    private double lastDeparture = Double.NaN;
    private RunningStats wait = new RunningStats(), response = new RunningStats(), gaps = new RunningStats();

    NodeMonitor(String name, int servers) {
        this.name = name;
        this.servers = servers;
        this.up = servers;
        this.upAverage = new TimeAverage(0, servers);
    }

    /** A visit arrives; it is rejected when the station holds {@code capacity} jobs. Returns true when accepted. */
    boolean arrive(double now, int capacity) {
        arrivals++;
        if (number >= capacity) {
            rejected++;
            return false;
        }
        numberAverage.update(now, ++number);
        return true;
    }

    void queued(double now, int delta) {
        waiting += delta;
        waitingAverage.update(now, waiting);
    }

    /** A server starts (or, after a repair, resumes: {@code wait} NaN) a job. */
    void started(double now, double wait) {
        busyAverage.update(now, ++busy);
        if (!Double.isNaN(wait)) this.wait.add(wait);
    }

    void departed(double now, double responseTime) {
        numberAverage.update(now, --number);
        busyAverage.update(now, --busy);
        served++;
        response.add(responseTime);
        if (!Double.isNaN(lastDeparture)) gaps.add(now - lastDeparture);
        lastDeparture = now;
    }

    /** A server fails; {@code interrupted} when it was serving a job. */
    void failed(double now, boolean interrupted) {
        upAverage.update(now, --up);
        if (interrupted) busyAverage.update(now, --busy);
    }

    void repaired(double now) {
        upAverage.update(now, ++up);
    }

    /** Forgets everything measured so far (end of warm-up), keeping the current state. */
    void reset(double now) {
        numberAverage.reset(now);
        waitingAverage.reset(now);
        busyAverage.reset(now);
        upAverage.reset(now);
        arrivals = rejected = served = 0;
        lastDeparture = Double.NaN;
        wait = new RunningStats();
        response = new RunningStats();
        gaps = new RunningStats();
    }

    Slice result(double now, double duration) {
        double gapMean = gaps.mean();
        double scv = gaps.count() < 2 ? Double.NaN : gaps.variance() / (gapMean * gapMean);
        boolean window = duration > 0;
        return new Slice(name, Measurements.builder()
                .put(NetworkRun.ARRIVALS, arrivals).put(NetworkRun.REJECTED, rejected).put(NetworkRun.DEPARTURES, served)
                .put(Metric.THROUGHPUT, served / duration)
                .put(Metric.UTILIZATION, window ? busyAverage.mean(now) / servers : Double.NaN)
                .put(NetworkRun.AVAILABILITY, window ? upAverage.mean(now) / servers : Double.NaN)
                .put(Metric.MEAN_WAIT, wait.mean()).put(Metric.MEAN_RESPONSE, response.mean())
                .put(Metric.MEAN_QUEUE_LENGTH, window ? waitingAverage.mean(now) : Double.NaN)
                .put(Metric.MEAN_NUMBER_IN_SYSTEM, window ? numberAverage.mean(now) : Double.NaN)
                .put(Metric.REJECTION_PROBABILITY, arrivals == 0 ? 0 : (double) rejected / arrivals)
                .put(NetworkRun.INTER_DEPARTURE_SCV, scv)
                .build());
    }
}
