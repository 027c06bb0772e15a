package brokerlab.model;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;

/**
 * The streaming accumulator behind {@link StationRun}: plain sums for the means (no division per record, unlike
 * Welford: this is the hot path), {@link LatencyRecorder}s for the percentiles, and the time integrals the engines pass in.
 * One per run; not thread-safe.
 */
final class Tally {
    private final LatencyRecorder waits, responses;
    private double sumWait, sumResponse;
    private long waitCount, responseCount, delayed, rejected, arrivals;

    /**
     * @param timeScale a typical duration, the mean service time. Values below 1e-6 of it count as 0 in the
     *                  percentiles (rounding residues such as 1e-16, a PS response minus its demand, would otherwise
     *                  stretch the histogram's range). Percentiles move by at most 1e-6 timeScale; means are exact.
     */
    Tally(double timeScale) {
        this.waits = new LatencyRecorder(1e-6 * timeScale);
        this.responses = new LatencyRecorder(1e-6 * timeScale);
    }

    void arrival() { arrivals++; }

    void rejection() { rejected++; }

    void waited(double wait, boolean wasDelayed) {
        sumWait += wait;
        waitCount++;
        delayed += wasDelayed ? 1 : 0;
        waits.record(wait);
    }

    void responded(double response) {
        sumResponse += response;
        responseCount++;
        responses.record(response);
    }

    long departures() { return responseCount; }

    double sumWait() { return sumWait; }

    /**
     * Builds the run's measurements. Areas are integrals over the observation window of the number waiting, the
     * number in the system and the number of busy servers.
     */
    StationRun summary(long customers, double simulatedTime, double observedTime, int servers,
                       double areaQueue, double areaSystem, double areaBusy, boolean heavyTailed, Engine engine) {
        double accepted = arrivals - rejected;
        double meanWait = sumWait / waitCount;
        double meanResponse = sumResponse / responseCount;
        double l = areaSystem / observedTime;
        double lambda = accepted / observedTime;
        double little = Math.abs(l - lambda * meanResponse) / l;
        double[] r = responses.percentiles(0.50, 0.95, 0.99, 0.999), w = waits.percentiles(0.50, 0.95, 0.99, 0.999);
        Measurements m = Measurements.builder()
                .put(Metric.MEAN_WAIT, meanWait).put(Metric.MEAN_RESPONSE, meanResponse)
                .put(Metric.WAIT_PROBABILITY, (double) delayed / waitCount)
                .put(Metric.UTILIZATION, areaBusy / (servers * observedTime))
                .put(Metric.MEAN_QUEUE_LENGTH, areaQueue / observedTime).put(Metric.MEAN_NUMBER_IN_SYSTEM, l)
                .put(Metric.REJECTION_PROBABILITY, (double) rejected / arrivals).put(Metric.THROUGHPUT, lambda)
                .put(Metric.P50_RESPONSE, r[0]).put(Metric.P95_RESPONSE, r[1])
                .put(Metric.P99_RESPONSE, r[2]).put(Metric.P999_RESPONSE, r[3])
                .put(Metric.P50_WAIT, w[0]).put(Metric.P95_WAIT, w[1])
                .put(Metric.P99_WAIT, w[2]).put(Metric.P999_WAIT, w[3])
                .put(Metric.LITTLE_RELATIVE_ERROR, little)
                .put(StationRun.CUSTOMERS, customers).put(StationRun.DEPARTURES, responseCount).put(StationRun.REJECTED, rejected)
                .put(StationRun.OBSERVED_TIME, observedTime).put(StationRun.SIMULATED_TIME, simulatedTime)
                .build();
        return new StationRun(m, engine, heavyTailed, waits.sketch(), responses.sketch());
    }
}
