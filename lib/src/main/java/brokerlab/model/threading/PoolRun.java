package brokerlab.model.threading;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.model.StationRun;

/**
 * One replication of a {@link ContendedPool}: the mean response of the measured messages (arrival to completion),
 * the time-average number present and the completions per second over the observation window (first to last
 * measured arrival), the rejection probability (always 0: the queue is unbounded) and the measured customers.
 *
 * @param measurements the values
 */
public record PoolRun(Measurements measurements) implements Outcome {
    public double meanResponse() { return measurements.get(Metric.MEAN_RESPONSE); }
    public double meanNumberInSystem() { return measurements.get(Metric.MEAN_NUMBER_IN_SYSTEM); }
    public double throughput() { return measurements.get(Metric.THROUGHPUT); }
    public long customers() { return (long) measurements.get(StationRun.CUSTOMERS); }
}
