package brokerlab.analytic;

/**
 * Steady-state mean-value results of one queue, with the method that produced them. Times are in the units of the
 * rates given (1/rate); Little's law ties them: L = X W, Lq = X Wq, where X is the throughput of admitted jobs.
 *
 * @param method             which formula produced the numbers, e.g. "M/M/c, Erlang C (exact)"
 * @param utilization        carried work over capacity: throughput / total service rate (the busy fraction of an
 *                           average server)
 * @param waitProbability    probability that an admitted arrival waits (finds all servers busy)
 * @param meanWait           E[Wq], time in queue before service
 * @param meanResponse       E[T] = E[Wq] + E[S], sojourn time
 * @param meanQueueLength    E[Lq], jobs waiting (not in service)
 * @param meanNumberInSystem E[L], jobs waiting or in service
 * @param throughput         admitted jobs per unit time (equals the arrival rate without blocking)
 */
public record QueueMetrics(String method, double utilization, double waitProbability, double meanWait,
                           double meanResponse, double meanQueueLength, double meanNumberInSystem,
                           double throughput) {
}
