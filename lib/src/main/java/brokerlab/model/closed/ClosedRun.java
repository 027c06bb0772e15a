package brokerlab.model.closed;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.model.Slice;
import brokerlab.model.StationMonitor;
import brokerlab.model.StationRun;

import java.util.List;

/**
 * What the closed system did over the measured window of one replication. A request ends in one of three ways:
 * a response the client receives ({@link #COMPLETED}), a 503 from the circuit breaker ({@link #REJECTED}) or a
 * timeout of a polling client ({@link #ABANDONED}); each ends one think-request cycle. Response times are those the
 * client sees (for polling clients, up to the poll that found the result).
 *
 * <p>Per-station results are {@link Slice}s named {@code app-0}, {@code app-1}, ..., then {@code backend}
 * (metrics listed at {@link StationMonitor}; the mean number present is the Q of MVA). A client staircase adds one slice per step, named "step k", its counters
 * attributed by the time events happened: step start, observed_time (the duration), scheduled clients, mean
 * clients (lags the schedule when clients leave), requests, completed, rejected, abandoned, throughput, mean and
 * p99 response of the responses received in the step (NaN if none), rejected and abandoned fractions.
 *
 * @param measurements the system-wide values: throughput, response (mean, p50, p95, p99) and the constants below
 * @param nodes        application nodes then the backend
 * @param steps        per-step results of a client staircase, empty for a fixed population
 */
public record ClosedRun(Measurements measurements, List<Slice> nodes, List<Slice> steps) implements Outcome {
    /** Time-average client population N. */
    public static final Metric MEAN_CLIENTS = Metric.of("mean_clients", "clients", Metric.Kind.TIME_AVERAGE);
    /** Mean time from request to completion inside the system, over completed jobs nobody abandoned. */
    public static final Metric MEAN_SERVER_RESPONSE = Metric.of("mean_server_response", "time", Metric.Kind.MEAN);
    public static final Metric REQUESTS = Metric.of("requests", "requests", Metric.Kind.COUNT);
    /** Responses received. */
    public static final Metric COMPLETED = Metric.of("completed", "requests", Metric.Kind.COUNT);
    /** 503s from the circuit breaker. */
    public static final Metric REJECTED = StationRun.REJECTED;
    /** Requests given up by polling clients. */
    public static final Metric ABANDONED = Metric.of("abandoned", "requests", Metric.Kind.COUNT);
    public static final Metric REJECTED_FRACTION = Metric.of("rejected_fraction", "", Metric.Kind.FRACTION);
    public static final Metric ABANDONED_FRACTION = Metric.of("abandoned_fraction", "", Metric.Kind.FRACTION);
    /** Think-request cycles ended per unit time, whatever their outcome. */
    public static final Metric CYCLE_RATE = Metric.of("cycle_rate", "1/time", Metric.Kind.RATE);
    /** Abandoned jobs that the system finished anyway. */
    public static final Metric ABANDONED_SERVED = Metric.of("abandoned_served", "requests", Metric.Kind.COUNT);
    /** Service time spent on abandoned jobs (application plus backend). */
    public static final Metric WASTED_WORK = Metric.of("wasted_work", "time", Metric.Kind.OTHER);
    /** Service time spent on all jobs the system finished in the window. */
    public static final Metric TOTAL_WORK = Metric.of("total_work", "time", Metric.Kind.OTHER);
    /** Share of the servers' work that went to requests nobody was waiting for any more. */
    public static final Metric WASTED_WORK_FRACTION = Metric.of("wasted_work_fraction", "", Metric.Kind.FRACTION);
    /** Mean utilization over the application nodes. */
    public static final Metric APP_UTILIZATION = Metric.of("app_utilization", "", Metric.Kind.TIME_AVERAGE);
    /** Length of the measured window (per step: its duration). */
    public static final Metric OBSERVED_TIME = StationRun.OBSERVED_TIME;


    /** Step: start time. */
    public static final Metric STEP_START = Metric.of("step_start", "time", Metric.Kind.OTHER);
    /** Step: scheduled client count. */
    public static final Metric CLIENTS = Metric.of("clients", "clients", Metric.Kind.OTHER);

    public ClosedRun {
        nodes = List.copyOf(nodes);
        steps = List.copyOf(steps);
    }

    public double get(Metric metric) { return measurements.get(metric); }

    public double meanClients() { return get(MEAN_CLIENTS); }
    public double throughput() { return get(Metric.THROUGHPUT); }
    public double meanResponse() { return get(Metric.MEAN_RESPONSE); }
    public double p99() { return get(Metric.P99_RESPONSE); }
    public double meanServerResponse() { return get(MEAN_SERVER_RESPONSE); }
    public long requests() { return (long) get(REQUESTS); }
    public long completed() { return (long) get(COMPLETED); }
    public long rejected() { return (long) get(REJECTED); }
    public long abandoned() { return (long) get(ABANDONED); }
    public long abandonedServed() { return (long) get(ABANDONED_SERVED); }
    public double rejectedFraction() { return get(REJECTED_FRACTION); }
    public double abandonedFraction() { return get(ABANDONED_FRACTION); }
    public double wastedWorkFraction() { return get(WASTED_WORK_FRACTION); }

    /** The station with this name: {@code app-0}, ..., {@code backend}. */
    public Slice node(String name) { return Slice.named(nodes, name, "station"); }

    public Slice backend() { return nodes.get(nodes.size() - 1); }
}
