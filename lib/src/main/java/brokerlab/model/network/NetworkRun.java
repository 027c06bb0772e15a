package brokerlab.model.network;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.model.Slice;
import brokerlab.model.StationMonitor;
import brokerlab.model.StationRun;
import brokerlab.stats.LatencyHistogram;
import brokerlab.stats.QuantileSketch;

import java.util.List;

/**
 * What an open network did in one replication. End-to-end response runs from a job's external arrival to its exit
 * (rejected jobs excluded) over jobs that exited in the measured window; {@code histogram} holds those responses
 * (pool replications with {@code new LatencyHistogram().add(...)}; do not modify it).
 *
 * <p>Per-station results are {@link Slice}s named like the {@link Node}s, over the window (metrics listed at
 * {@link StationMonitor}). A staircase run adds one slice per step of its {@link ArrivalSchedule}, named "step k":
 * step start, observed_time (its duration), arrival rate, customers (arrivals), rejected, completed, throughput,
 * mean and p99 response. Step responses belong to the jobs that ARRIVED in the step (also if they finish later; NaN if
 * none completed); step throughput counts the exits that happened DURING the step.
 *
 * <p>Two checks come with it: flow conservation over the whole run, arrived = exited + rejected + inSystem, which
 * must hold exactly; and Little's law over the measured window, L = X W, with X the rate at which jobs leave (exit
 * or rejection) and W their mean time in the network, which holds up to edge effects that vanish as the window
 * grows (Little 1961; Kleinrock vol. 1, 2.1): {@link Metric#LITTLE_RELATIVE_ERROR} is |L - X W| / L.
 *
 * @param measurements the network-wide values: end-to-end response (mean, p50, p95, p99, p999), throughput, mean
 *                     number in system, mean number waiting (queued, not in service: the stations' mean queue
 *                     lengths summed), the constants below, rejection probability, Little's-law residual
 * @param nodes        per-station results in network order
 * @param histogram    end-to-end responses of jobs exiting in the window
 * @param steps        per-step results of a staircase schedule, empty otherwise
 */
public record NetworkRun(Measurements measurements, List<Slice> nodes, LatencyHistogram histogram, List<Slice> steps)
        implements Outcome {
    /** External arrivals over the whole run, warm-up included. */
    public static final Metric ARRIVED = Metric.of("arrived", "jobs", Metric.Kind.COUNT);
    /** Jobs that left normally over the whole run. */
    public static final Metric EXITED = Metric.of("exited", "jobs", Metric.Kind.COUNT);
    /** Jobs rejected at a full station over the whole run (per step: of the jobs that arrived in it). */
    public static final Metric REJECTED = StationRun.REJECTED;
    /** Jobs present at the end. */
    public static final Metric IN_SYSTEM = Metric.of("in_system", "jobs", Metric.Kind.COUNT);
    /** Mean time in the network of every job leaving in the window, rejected ones included (the W of L = X W). */
    public static final Metric MEAN_SOJOURN = Metric.of("mean_sojourn", "time", Metric.Kind.MEAN);
    /** Jobs leaving (exit or rejection) per unit time in the window (the X of L = X W). */
    public static final Metric LEAVE_RATE = Metric.of("leave_rate", "1/time", Metric.Kind.RATE);
    /** Length of the measured window (per step: its duration). */
    public static final Metric OBSERVED_TIME = StationRun.OBSERVED_TIME;


    /** Step: start time. */
    public static final Metric STEP_START = Metric.of("step_start", "time", Metric.Kind.OTHER);
    /** Step: scheduled arrival rate. */
    public static final Metric ARRIVAL_RATE = Metric.of("arrival_rate", "1/time", Metric.Kind.RATE);
    /** Step: of the jobs that arrived in it, those that left normally. */
    public static final Metric COMPLETED = Metric.of("completed", "jobs", Metric.Kind.COUNT);

    public NetworkRun {
        nodes = List.copyOf(nodes);
        steps = List.copyOf(steps);
    }

    /** The end-to-end responses behind the response percentiles, which {@code Estimates} pools across replications. */
    @Override
    public QuantileSketch sketch(Metric percentile) {
        return percentile.kind() == Metric.Kind.PERCENTILE && percentile.name().endsWith("_response") ? histogram : null;
    }

    public double get(Metric metric) { return measurements.get(metric); }

    /** The results of the station with this name. */
    public Slice node(String name) { return Slice.named(nodes, name, "station"); }

    public double meanResponse() { return get(Metric.MEAN_RESPONSE); }
    public double throughput() { return get(Metric.THROUGHPUT); }
    public double meanNumberInSystem() { return get(Metric.MEAN_NUMBER_IN_SYSTEM); }
    public double meanSojourn() { return get(MEAN_SOJOURN); }
    public double leaveRate() { return get(LEAVE_RATE); }
    public double p99() { return get(Metric.P99_RESPONSE); }
    public double p999() { return get(Metric.P999_RESPONSE); }
    public long arrived() { return (long) get(ARRIVED); }
    public long exited() { return (long) get(EXITED); }
    public long rejected() { return (long) get(REJECTED); }
    public long inSystem() { return (long) get(IN_SYSTEM); }
    public double duration() { return get(OBSERVED_TIME); }

    /** End-to-end response percentile, q in (0, 1). */
    public double percentile(double q) { return histogram.percentile(q); }

    /** Measured visits to a station per job that exited in the window (compare {@link QueueingNetwork#visitRatio}). */
    public double visitsPerJob(String name) {
        return node(name).get(StationRun.DEPARTURES) / (throughput() * duration());
    }

    /** arrived == exited + rejected + inSystem: no job created or lost by the simulator. */
    public boolean isFlowConserved() {
        return arrived() == exited() + rejected() + inSystem();
    }
}
