package brokerlab.model;

/**
 * The streaming accumulator behind {@link RunSummary}: plain sums for the means (no division per record, unlike
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
     * Builds the summary. Areas are integrals over the observation window of the number waiting, the number in
     * the system and the number of busy servers.
     */
    RunSummary summary(long customers, double simulatedTime, double observedTime, int servers,
                       double areaQueue, double areaSystem, double areaBusy, boolean infiniteVariance, Engine engine) {
        double accepted = arrivals - rejected;
        double meanWait = sumWait / waitCount;
        double meanResponse = sumResponse / responseCount;
        double l = areaSystem / observedTime;
        double lambda = accepted / observedTime;
        double little = Math.abs(l - lambda * meanResponse) / l;
        return new RunSummary(customers, simulatedTime, observedTime,
                areaBusy / (servers * observedTime), (double) delayed / waitCount, meanWait, meanResponse,
                areaQueue / observedTime, l,
                responses.percentile(0.50), responses.percentile(0.95), responses.percentile(0.99), responses.percentile(0.999),
                waits.percentile(0.50), waits.percentile(0.95), waits.percentile(0.99), waits.percentile(0.999),
                (double) rejected / arrivals, lambda,
                arrivals, responseCount, rejected, little, infiniteVariance, engine);
    }
}
