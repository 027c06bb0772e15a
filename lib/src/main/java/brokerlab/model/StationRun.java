package brokerlab.model;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.stats.LogLinearSketch;
import brokerlab.stats.QuantileSketch;

/**
 * What one replication of a station or a server farm measured, by name (see the metric constants in
 * {@link Metric} and below), with the engine that produced it. Produced from streaming accumulators (sums,
 * log-linear histogram percentiles, time integrals), never from a per-customer list, so memory does not grow with
 * the run length.
 *
 * <p>Observation rule. The first {@code warmup} arrivals are discarded; the next {@code customers} arrivals are
 * measured. Per-customer statistics (waits, responses, percentiles, rejections) cover exactly those customers,
 * followed to their departure. Time averages (utilisation, queue length, number in system) are integrals of the
 * sample path over the observation window from the first to the last measured arrival ({@link #OBSERVED_TIME}
 * long), divided by its length: measured, not derived from Little's law. {@link Metric#LITTLE_RELATIVE_ERROR}
 * compares the two sides, |L − λW| / L with λ = accepted arrivals / observed time; it shrinks like 1/customers.
 *
 * <p>Under processor sharing a job never waits for a server; there "wait" means the delay caused by sharing,
 * response − demand, the wait probability is the fraction of accepted arrivals that found at least c jobs (and so
 * started at rate below one), and the queue length is the time average of max(0, N − c).
 *
 * @param measurements   the named values, in the order of {@link #METRICS}
 * @param engine         which implementation produced the run
 * @param heavyTailed    true when waits and responses may have infinite variance (service with infinite variance,
 *                       or a tail index below Scheller-Wolf's bound for the second wait moment): their means and
 *                       percentiles are then summarised by medians over replications
 * @param waits          this run's measured waits, for pooled percentiles across replications
 * @param responses      this run's measured responses, likewise
 */
public record StationRun(Measurements measurements, Engine engine, boolean heavyTailed,
                         LogLinearSketch waits, LogLinearSketch responses) implements Outcome {
    /** Measured arrivals (accepted and rejected). */
    public static final Metric CUSTOMERS = Metric.of("customers", "jobs", Metric.Kind.COUNT);
    /** Measured customers that departed (the run drains, so customers − rejected). */
    public static final Metric DEPARTURES = Metric.of("departures", "jobs", Metric.Kind.COUNT);
    /** Measured arrivals turned away because the station was full. */
    public static final Metric REJECTED = Metric.of("rejected", "jobs", Metric.Kind.COUNT);
    /** Length of the observation window, from the first to the last measured arrival. */
    public static final Metric OBSERVED_TIME = Metric.of("observed_time", "time", Metric.Kind.OTHER);
    /** Clock at the end of the run, warm-up and drain included. */
    public static final Metric SIMULATED_TIME = Metric.of("simulated_time", "time", Metric.Kind.OTHER);

    /** Every metric a station run measures, in order. */
    public static final java.util.List<Metric> METRICS = java.util.List.of(
            Metric.MEAN_WAIT, Metric.MEAN_RESPONSE, Metric.WAIT_PROBABILITY, Metric.UTILIZATION,
            Metric.MEAN_QUEUE_LENGTH, Metric.MEAN_NUMBER_IN_SYSTEM, Metric.REJECTION_PROBABILITY, Metric.THROUGHPUT,
            Metric.P50_RESPONSE, Metric.P95_RESPONSE, Metric.P99_RESPONSE, Metric.P999_RESPONSE,
            Metric.P50_WAIT, Metric.P95_WAIT, Metric.P99_WAIT, Metric.P999_WAIT,
            Metric.LITTLE_RELATIVE_ERROR, CUSTOMERS, DEPARTURES, REJECTED, OBSERVED_TIME, SIMULATED_TIME);

    @Override
    public boolean infiniteVariance(Metric metric) {
        if (!heavyTailed) return false;
        String n = metric.name();
        return (metric.kind() == Metric.Kind.MEAN || metric.kind() == Metric.Kind.PERCENTILE)
                && (n.endsWith("_wait") || n.endsWith("_response"));
    }

    @Override
    public QuantileSketch sketch(Metric percentile) {
        if (percentile.kind() != Metric.Kind.PERCENTILE) return null;
        if (percentile.name().endsWith("_wait")) return waits;
        if (percentile.name().endsWith("_response")) return responses;
        return null;
    }

    public double get(Metric metric) { return measurements.get(metric); }

    public double meanWait() { return get(Metric.MEAN_WAIT); }
    public double meanResponse() { return get(Metric.MEAN_RESPONSE); }
    public double waitProbability() { return get(Metric.WAIT_PROBABILITY); }
    public double utilization() { return get(Metric.UTILIZATION); }
    public double meanQueueLength() { return get(Metric.MEAN_QUEUE_LENGTH); }
    public double meanNumberInSystem() { return get(Metric.MEAN_NUMBER_IN_SYSTEM); }
    public double rejectionProbability() { return get(Metric.REJECTION_PROBABILITY); }
    public double throughput() { return get(Metric.THROUGHPUT); }
    public double p50Response() { return get(Metric.P50_RESPONSE); }
    public double p95Response() { return get(Metric.P95_RESPONSE); }
    public double p99Response() { return get(Metric.P99_RESPONSE); }
    public double p999Response() { return get(Metric.P999_RESPONSE); }
    public double p50Wait() { return get(Metric.P50_WAIT); }
    public double p95Wait() { return get(Metric.P95_WAIT); }
    public double p99Wait() { return get(Metric.P99_WAIT); }
    public double p999Wait() { return get(Metric.P999_WAIT); }
    public double littleRelativeError() { return get(Metric.LITTLE_RELATIVE_ERROR); }
    public long customers() { return (long) get(CUSTOMERS); }
    /** Measured arrivals, the same as {@link #customers()}: named for flow-conservation checks. */
    public long arrivals() { return customers(); }
    public long departures() { return (long) get(DEPARTURES); }
    public long rejected() { return (long) get(REJECTED); }
    public double observedTime() { return get(OBSERVED_TIME); }
    public double simulatedTime() { return get(SIMULATED_TIME); }

    /** Jobs still present at the end; always 0 because every run follows its measured customers out. */
    public long leftInSystem() {
        return customers() - rejected() - departures();
    }
}
