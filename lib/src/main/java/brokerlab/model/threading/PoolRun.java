package brokerlab.model.threading;

/**
 * One replication of {@link ContendedPoolSimulation}.
 *
 * @param customers          measured messages (after the warm-up)
 * @param meanResponse       their mean response time (arrival to completion)
 * @param meanNumberInSystem time-average number present over the observation window (first to last measured arrival)
 * @param throughput         completions per second over that window
 */
public record PoolRun(long customers, double meanResponse, double meanNumberInSystem, double throughput) {}
