package brokerlab.model.network;

import brokerlab.stats.RunningStats;

/**
 * Streaming statistics of one station: counters, time integrals of the number present, waiting, busy and up
 * servers (for time averages), and per-visit wait, response and inter-departure times. The owner calls
 * {@link #advance} before every change of the state counts. Package-private: results leave as {@link StationResult}.
 */
final class StationMonitor {
    final String name;
    final int servers;
    int number, waiting, busy, up;
    long arrivals, rejected, served;
    private double last, areaNumber, areaWaiting, areaBusy, areaUp, lastDeparture = Double.NaN;
    private RunningStats wait = new RunningStats(), response = new RunningStats(), gaps = new RunningStats();

    StationMonitor(String name, int servers) {
        this.name = name;
        this.servers = servers;
        this.up = servers;
    }

    void advance(double now) {
        double dt = now - last;
        areaNumber += number * dt;
        areaWaiting += waiting * dt;
        areaBusy += busy * dt;
        areaUp += up * dt;
        last = now;
    }

    void recordWait(double w) {
        wait.add(w);
    }

    void recordDeparture(double now, double responseTime) {
        served++;
        response.add(responseTime);
        if (!Double.isNaN(lastDeparture)) gaps.add(now - lastDeparture);
        lastDeparture = now;
    }

    /** Forgets everything measured so far (end of warm-up), keeping the current state. */
    void reset(double now) {
        advance(now);
        areaNumber = areaWaiting = areaBusy = areaUp = 0;
        arrivals = rejected = served = 0;
        lastDeparture = Double.NaN;
        wait = new RunningStats();
        response = new RunningStats();
        gaps = new RunningStats();
    }

    StationResult result(double now, double duration) {
        advance(now);
        double gapMean = gaps.mean();
        double scv = gaps.count() < 2 ? Double.NaN : gaps.variance() / (gapMean * gapMean);
        return new StationResult(name, servers, arrivals, rejected, served, served / duration,
                areaBusy / (servers * duration), areaUp / (servers * duration), wait.mean(), response.mean(),
                areaWaiting / duration, areaNumber / duration, scv);
    }
}
