package brokerlab.model.closed;

import brokerlab.stats.LatencyHistogram;

import java.util.List;

/**
 * What the closed system did over the measured window of one replication. A request ends in one of three ways:
 * a response the client receives ({@code completed}), a 503 from the circuit breaker ({@code rejected}) or a
 * timeout of a polling client ({@code abandoned}); each ends one think-request cycle. Response times are those the
 * client sees (for polling clients, up to the poll that found the result). Do not modify {@code histogram}; pool
 * replications with {@code new LatencyHistogram().add(...)}.
 *
 * @param duration           length of the measured window
 * @param meanClients        time-average client population N
 * @param requests           requests sent
 * @param completed          responses received
 * @param rejected           503s from the circuit breaker
 * @param abandoned          requests given up by polling clients
 * @param throughput         responses received per unit time (X)
 * @param meanResponse       mean response seen by clients (R)
 * @param meanServerResponse mean time from request to completion in the system, over completed non-abandoned jobs
 * @param histogram          responses seen by clients
 * @param nodes              application nodes then the backend
 * @param abandonedServed    abandoned jobs that the system finished anyway
 * @param wastedWork         service time spent on those jobs (application plus backend)
 * @param totalWork          service time spent on all jobs completed in the window
 * @param steps              per-step results of a client staircase, empty for a fixed population
 */
public record ClosedResult(double duration, double meanClients, long requests, long completed, long rejected,
                           long abandoned, double throughput, double meanResponse, double meanServerResponse,
                           LatencyHistogram histogram, List<NodeResult> nodes, long abandonedServed,
                           double wastedWork, double totalWork, List<ClientStepResult> steps) {

    public ClosedResult {
        nodes = List.copyOf(nodes);
        steps = List.copyOf(steps);
    }

    public double percentile(double q) { return histogram.percentile(q); }
    public double p99() { return percentile(0.99); }

    /** Think-request cycles ended per unit time, whatever their outcome. */
    public double cycleRate() {
        return (completed + rejected + abandoned) / duration;
    }

    public double rejectedFraction() {
        return requests == 0 ? 0 : (double) rejected / requests;
    }

    public double abandonedFraction() {
        return requests == 0 ? 0 : (double) abandoned / requests;
    }

    /** Share of the servers' work that went to requests nobody was waiting for any more. */
    public double wastedWorkFraction() {
        return totalWork == 0 ? 0 : wastedWork / totalWork;
    }

    public NodeResult node(String name) {
        for (NodeResult n : nodes) if (n.name().equals(name)) return n;
        throw brokerlab.util.Check.fail("station", "'" + name + "'", "no station has this name",
                "known stations: " + nodes.stream().map(NodeResult::name).toList());
    }

    public NodeResult backend() {
        return nodes.get(nodes.size() - 1);
    }

    /** Mean utilisation over the application nodes. */
    public double appUtilisation() {
        double u = 0;
        for (int i = 0; i + 1 < nodes.size(); i++) u += nodes.get(i).utilisation();
        return u / (nodes.size() - 1);
    }
}
