package brokerlab.model.closed;

import brokerlab.stats.RunningStats;

/** Time integrals and counters of one FCFS station of the closed model; the owner calls {@link #advance} before each change. */
final class NodeMonitor {
    final String name;
    final int servers;
    int number, waiting, busy, maxWaiting;
    long served;
    private double last, areaNumber, areaWaiting, areaBusy;
    private RunningStats response = new RunningStats();

    NodeMonitor(String name, int servers) {
        this.name = name;
        this.servers = servers;
    }

    void advance(double now) {
        double dt = now - last;
        areaNumber += number * dt;
        areaWaiting += waiting * dt;
        areaBusy += busy * dt;
        last = now;
    }

    void startWaiting() {
        waiting++;
        if (waiting > maxWaiting) maxWaiting = waiting;
    }

    void recordDeparture(double responseTime) {
        served++;
        response.add(responseTime);
    }

    void reset(double now) {
        advance(now);
        areaNumber = areaWaiting = areaBusy = 0;
        served = 0;
        maxWaiting = waiting;
        response = new RunningStats();
    }

    NodeResult result(double now, double duration) {
        advance(now);
        return new NodeResult(name, servers, served, served / duration, areaBusy / (servers * duration),
                areaNumber / duration, areaWaiting / duration, response.mean(), maxWaiting);
    }
}
