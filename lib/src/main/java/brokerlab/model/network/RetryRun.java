package brokerlab.model.network;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.model.Slice;
import brokerlab.model.StationRun;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.QuantileSketch;

import java.util.List;

/**
 * What a {@link RetryStation} did in one replication, from time 0 to the end of its schedule (no drain: a station
 * stuck in overload would never drain). A request ends when an attempt's response arrives in time
 * ({@link #SUCCEEDED}) or when its client gives up ({@link #FAILED}); requests still open at the end are
 * {@link #UNFINISHED}, so requests = succeeded + failed + unfinished exactly. Response times run from the request's
 * first attempt to its successful response, retries included.
 *
 * <p>Three views. The whole run's measurements (below); one {@link Slice} per step of the schedule, named "step k"
 * (its counters attributed by when events happen: step start, observed_time, request_rate, attempt_rate, goodput,
 * goodput_ratio, offered_load, utilization, mean number in system, timeout_fraction, mean response of the
 * successes, wasted_work_fraction); and one slice per time bin, named "bin k", for a time series (start,
 * attempt_rate, goodput, mean number in system). The last step is the recovery window: the {@code final_...}
 * measurements repeat its values, to say whether the station got back to health after a trigger.
 *
 * @param measurements the whole run (see the constants)
 * @param steps        per step of the schedule
 * @param bins         per time bin
 * @param histogram    response times of the successful requests
 */
public record RetryRun(Measurements measurements, List<Slice> steps, List<Slice> bins, LatencyHistogram histogram)
        implements Outcome {
    /** New requests (first attempts). */
    public static final Metric REQUESTS = Metric.of("requests", "requests", Metric.Kind.COUNT);
    /** Attempts sent, first attempts and retries. */
    public static final Metric ATTEMPTS = Metric.of("attempts", "attempts", Metric.Kind.COUNT);
    public static final Metric RETRIES = Metric.of("retries", "attempts", Metric.Kind.COUNT);
    /** Requests answered in time. */
    public static final Metric SUCCEEDED = Metric.of("succeeded", "requests", Metric.Kind.COUNT);
    /** Requests whose client gave up: no retry left, or none the budget could pay for. */
    public static final Metric FAILED = Metric.of("failed", "requests", Metric.Kind.COUNT);
    /** Requests still waiting for an answer or a retry at the end. */
    public static final Metric UNFINISHED = Metric.of("unfinished", "requests", Metric.Kind.COUNT);
    /** Attempts whose client stopped waiting after the timeout. */
    public static final Metric TIMEOUTS = Metric.of("timeouts", "attempts", Metric.Kind.COUNT);
    /** Attempts refused at once by a full station. */
    public static final Metric REJECTED = StationRun.REJECTED;
    /** Successful requests per second. */
    public static final Metric GOODPUT = Metric.of("goodput", "1/time", Metric.Kind.RATE);
    /** Successful requests over new requests: 1 when every request is answered in time. */
    public static final Metric GOODPUT_RATIO = Metric.of("goodput_ratio", "", Metric.Kind.OTHER);
    public static final Metric REQUEST_RATE = Metric.of("request_rate", "1/time", Metric.Kind.RATE);
    public static final Metric ATTEMPT_RATE = Metric.of("attempt_rate", "1/time", Metric.Kind.RATE);
    /** Work offered by the attempts per unit of capacity: attempt rate x E[S] / c (above 1: overload). */
    public static final Metric OFFERED_LOAD = Metric.of("offered_load", "", Metric.Kind.OTHER);
    public static final Metric RETRIES_PER_REQUEST = Metric.of("retries_per_request", "", Metric.Kind.OTHER);
    /** Timeouts over attempts sent. */
    public static final Metric TIMEOUT_FRACTION = Metric.of("timeout_fraction", "", Metric.Kind.FRACTION);
    /** Share of the servers' work spent on attempts whose client had given up. */
    public static final Metric WASTED_WORK_FRACTION = Metric.of("wasted_work_fraction", "", Metric.Kind.FRACTION);
    /** The last step's goodput ratio: near 1 after a recovery, near 0 when the station stays stuck. */
    public static final Metric FINAL_GOODPUT_RATIO = Metric.of("final_goodput_ratio", "", Metric.Kind.OTHER);
    /** The last step's offered load, retries included. */
    public static final Metric FINAL_OFFERED_LOAD = Metric.of("final_offered_load", "", Metric.Kind.OTHER);
    /** The last step's time-average number of attempts at the station. */
    public static final Metric FINAL_NUMBER_IN_SYSTEM = Metric.of("final_number_in_system", "attempts", Metric.Kind.TIME_AVERAGE);
    /** Step or bin: start time. */
    public static final Metric START = Metric.of("start", "time", Metric.Kind.OTHER);
    public static final Metric OBSERVED_TIME = StationRun.OBSERVED_TIME;

    public RetryRun {
        steps = List.copyOf(steps);
        bins = List.copyOf(bins);
    }

    @Override
    public QuantileSketch sketch(Metric percentile) {
        return percentile.kind() == Metric.Kind.PERCENTILE && percentile.name().endsWith("_response") ? histogram : null;
    }

    public double get(Metric metric) { return measurements.get(metric); }

    public long requests() { return (long) get(REQUESTS); }
    public long succeeded() { return (long) get(SUCCEEDED); }
    public long failed() { return (long) get(FAILED); }
    public long unfinished() { return (long) get(UNFINISHED); }
    public long attempts() { return (long) get(ATTEMPTS); }
    public long retries() { return (long) get(RETRIES); }
    public double finalGoodputRatio() { return get(FINAL_GOODPUT_RATIO); }

    /** The step with this index (0 first). */
    public Slice step(int k) { return steps.get(k); }

    /** requests == succeeded + failed + unfinished: no request created or lost by the simulator. */
    public boolean isFlowConserved() {
        return requests() == succeeded() + failed() + unfinished();
    }
}
