package brokerlab.model.closed;

/**
 * One step of a client staircase ({@link ClientSchedule}), counted by the time events happened: requests sent,
 * responses received, 503s and abandonments that occurred during the step, and the responses received in it.
 *
 * @param index        step number from 0
 * @param start        start time
 * @param duration     length
 * @param clients      scheduled client count
 * @param meanClients  time-average clients in the population (lags the schedule when clients leave)
 * @param requests     requests sent
 * @param completed    responses received
 * @param rejected     requests refused by the circuit breaker
 * @param abandoned    requests given up by polling clients
 * @param throughput   responses per unit time
 * @param meanResponse mean response of the responses received (NaN if none)
 * @param p99Response  their 99th percentile (NaN if none)
 */
public record ClientStepResult(int index, double start, double duration, int clients, double meanClients,
                               long requests, long completed, long rejected, long abandoned, double throughput,
                               double meanResponse, double p99Response) {

    public double rejectedFraction() {
        return requests == 0 ? 0 : (double) rejected / requests;
    }

    public double abandonedFraction() {
        return requests == 0 ? 0 : (double) abandoned / requests;
    }
}
