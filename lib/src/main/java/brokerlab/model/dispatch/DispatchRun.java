package brokerlab.model.dispatch;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.model.StationRun;

import java.util.List;

/**
 * What a farm did for the requests that arrived in the measured window [warm-up, warm-up + duration). After the
 * window arrivals stop and the farm drains, so every such request (and every copy of it) is accounted for:
 * {@link #REQUESTS} are all answered, {@code copies_sent = copies_served + copies_cancelled} exactly. Time averages
 * (outstanding requests as {@link Metric#MEAN_NUMBER_IN_SYSTEM}, server utilization, duplicates included) are
 * taken over the window itself, so Little's law L = (requests / duration) W holds up to edge effects of order
 * W / duration (Little 1961). Response is arrival to first answer.
 *
 * @param measurements response (mean, p50, p95, p99, p999), throughput, outstanding requests, utilization and the
 *                     constants below
 */
public record DispatchRun(Measurements measurements) implements Outcome {
    /** Requests that arrived over the whole run, warm-up included. */
    public static final Metric ARRIVED = Metric.of("arrived", "requests", Metric.Kind.COUNT);
    /** Requests answered over the whole run (equals arrived after the drain). */
    public static final Metric COMPLETED = Metric.of("completed", "requests", Metric.Kind.COUNT);
    /** Requests that arrived in the window (all answered by the end). */
    public static final Metric REQUESTS = Metric.of("requests", "requests", Metric.Kind.COUNT);
    /** Copies of window requests sent to a server (requests + hedges). */
    public static final Metric COPIES_SENT = Metric.of("copies_sent", "copies", Metric.Kind.COUNT);
    /** Of those, copies that completed service. */
    public static final Metric COPIES_SERVED = Metric.of("copies_served", "copies", Metric.Kind.COUNT);
    /** Of those, copies withdrawn from a queue or aborted in service. */
    public static final Metric COPIES_CANCELLED = Metric.of("copies_cancelled", "copies", Metric.Kind.COUNT);
    /** Server time spent on window requests' copies, cancelled ones included. */
    public static final Metric WORK = Metric.of("work", "time", Metric.Kind.OTHER);
    /** Of that, time spent on copies that did not answer (late duplicates, cancelled copies). */
    public static final Metric WASTED_WORK = Metric.of("wasted_work", "time", Metric.Kind.OTHER);
    /** Window requests stolen by another server's idle server. */
    public static final Metric STEALS = Metric.of("steals", "requests", Metric.Kind.COUNT);
    /** Copies served per request: 1 without hedging, exactly 2 with d = 0 and no cancellation. */
    public static final Metric COPIES_SERVED_PER_REQUEST = Metric.of("copies_served_per_request", "", Metric.Kind.OTHER);
    /** Fraction of requests that were hedged (a second copy sent). */
    public static final Metric HEDGED_FRACTION = Metric.of("hedged_fraction", "", Metric.Kind.FRACTION);
    /**
     * Net change of server work per request against plain routing, as a fraction of E[S]: work per request / E[S] - 1.
     * About 0 without hedging and about 1 (twice the load) with d = 0 and no cancellation. It can be negative with
     * cancellation: aborting a straggler also deletes the rest of its long service.
     */
    public static final Metric EXTRA_LOAD = Metric.of("extra_load", "", Metric.Kind.OTHER);
    /** Fraction of all server work spent on copies that did not answer: 0 without hedging, about 1/2 at d = 0 without cancel. */
    public static final Metric WASTED_FRACTION = Metric.of("wasted_fraction", "", Metric.Kind.FRACTION);
    /** Fraction of window requests that were stolen. */
    public static final Metric STOLEN_FRACTION = Metric.of("stolen_fraction", "", Metric.Kind.FRACTION);
    /** Length of the measured window. */
    public static final Metric OBSERVED_TIME = StationRun.OBSERVED_TIME;

    public double get(Metric metric) { return measurements.get(metric); }

    public double meanResponse() { return get(Metric.MEAN_RESPONSE); }
    public double p99() { return get(Metric.P99_RESPONSE); }
    public double throughput() { return get(Metric.THROUGHPUT); }
    /** Time-average number of unanswered requests in the window (L). */
    public double meanOutstanding() { return get(Metric.MEAN_NUMBER_IN_SYSTEM); }
    public double utilization() { return get(Metric.UTILIZATION); }
    public long arrived() { return (long) get(ARRIVED); }
    public long completed() { return (long) get(COMPLETED); }
    public long requests() { return (long) get(REQUESTS); }
    public long copiesSent() { return (long) get(COPIES_SENT); }
    public long copiesServed() { return (long) get(COPIES_SERVED); }
    public long copiesCancelled() { return (long) get(COPIES_CANCELLED); }
    public double work() { return get(WORK); }
    public double wastedWork() { return get(WASTED_WORK); }
    public long steals() { return (long) get(STEALS); }
    public double copiesServedPerRequest() { return get(COPIES_SERVED_PER_REQUEST); }
    public double hedgedFraction() { return get(HEDGED_FRACTION); }
    public double extraLoad() { return get(EXTRA_LOAD); }
    public double wastedFraction() { return get(WASTED_FRACTION); }
    public double duration() { return get(OBSERVED_TIME); }
}
