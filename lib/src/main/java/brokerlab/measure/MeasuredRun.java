package brokerlab.measure;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.random.RandomStream;
import brokerlab.stats.BatchMeans;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.tail.BlockBootstrap;
import brokerlab.stats.tail.BootstrapInterval;
import brokerlab.util.Check;

import java.util.List;
import java.util.Optional;

/**
 * What one replication of a {@link Measurement} measured on a real broker: the metrics a simulated station reports,
 * under the same names and in milliseconds (mean_wait, mean_response, p99_response, throughput, utilization, ...,
 * see {@link TimelineSummary} for how each is read from the timestamps), then what only a measurement has: the
 * service actually served, the timer's overshoot, the producer's lag, the broker's transit and the workers' fetch delay
 * under load, the broker's idle round trip, messages lost
 * and delivered twice, and the machine's load. So {@code Experiment.of(measurement)} and
 * {@code Experiment.of(station)} give one table.
 *
 * @param measurements the values, station metrics first
 * @param machine      the machine and its load when the run started
 * @param broker       the broker and queue measured
 * @param failure      why the run stopped early (the broker died, the time limit passed), or null when it completed;
 *                     the values then cover the messages that completed
 * @param heavyTailed  true when waits and responses may have infinite variance (as {@code StationParams.heavyTailed})
 * @param detail       the per-message arrays behind the values
 */
public record MeasuredRun(Measurements measurements, Machine machine, String broker, String failure, boolean heavyTailed,
                          TimelineSummary detail) implements Outcome {
    /** Mean time a worker held a message, dequeue to completion: the drawn service plus the timer's overshoot. */
    public static final Metric MEAN_SERVICE = Metric.of("mean_service", "ms", Metric.Kind.MEAN);
    /** Mean of the service times asked for (drawn demand / worker speed). */
    public static final Metric MEAN_DRAWN_SERVICE = Metric.of("mean_drawn_service", "ms", Metric.Kind.MEAN);
    /** Mean of served minus asked-for service: how late the timer woke, per message. */
    public static final Metric TIMER_OVERSHOOT = Metric.of("timer_overshoot", "ms", Metric.Kind.MEAN);
    /** Mean of actual minus scheduled send instant: how late the producer sent. */
    public static final Metric SEND_LAG = Metric.of("send_lag", "ms", Metric.Kind.MEAN);
    /** 99th percentile of the send lag. */
    public static final Metric P99_SEND_LAG = Metric.percentile(0.99, "send_lag", "ms");
    /**
     * Mean send-to-dequeue time of the messages that found a worker free: the broker's delivery with no queueing
     * (half the idle round trip when no message found one).
     */
    public static final Metric TRANSIT = Metric.of("transit", "ms", Metric.Kind.MEAN);
    /**
     * Mean time a worker lost between finishing a message and taking the next when one was already waiting: the fetch
     * (half the idle round trip when no worker ever found work waiting).
     */
    public static final Metric FETCH_DELAY = Metric.of("fetch_delay", "ms", Metric.Kind.MEAN);
    /** Mean idle round trip of the broker (send, then receive on another connection), measured before the load. */
    public static final Metric BROKER_ROUND_TRIP = Metric.of("broker_round_trip", "ms", Metric.Kind.MEAN);
    /** Measured messages sent but not completed when the run ended. */
    public static final Metric LOST = Metric.of("lost", "messages", Metric.Kind.COUNT);
    /** Deliveries of a message already delivered (at-least-once brokers). */
    public static final Metric DUPLICATES = Metric.of("duplicates", "messages", Metric.Kind.COUNT);
    /** One-minute load average of the machine when the run started. */
    public static final Metric LOAD_AVERAGE = Metric.of("load_average", "", Metric.Kind.OTHER);
    /** Mean wait of the same run replayed through a broker with no transit time ({@link Replay}). */
    public static final Metric REPLAY_MEAN_WAIT = Metric.of("replay_mean_wait", "ms", Metric.Kind.MEAN);
    /** Mean response of the replay. */
    public static final Metric REPLAY_MEAN_RESPONSE = Metric.of("replay_mean_response", "ms", Metric.Kind.MEAN);
    /** 99th percentile response of the replay. */
    public static final Metric REPLAY_P99_RESPONSE = Metric.percentile(0.99, "replay_response", "ms");
    /** Wall-clock length of the run, warm-up and drain included, ms. */
    public static final Metric WALL_TIME = Metric.of("wall_time", "ms", Metric.Kind.OTHER);

    /** The metrics only a measurement has, in order after the station metrics. */
    public static final List<Metric> EXTRA_METRICS = List.of(MEAN_SERVICE, MEAN_DRAWN_SERVICE, TIMER_OVERSHOOT, SEND_LAG,
            P99_SEND_LAG, TRANSIT, FETCH_DELAY, BROKER_ROUND_TRIP, REPLAY_MEAN_WAIT, REPLAY_MEAN_RESPONSE, REPLAY_P99_RESPONSE, LOST, DUPLICATES,
            LOAD_AVERAGE, WALL_TIME);

    public MeasuredRun {
        Check.notNull("measurements", measurements);
        Check.notNull("machine", machine);
        Check.notNull("broker", broker);
        Check.notNull("detail", detail);
    }

    @Override
    public boolean infiniteVariance(Metric metric) {
        if (!heavyTailed) return false;
        String n = metric.name();
        return (metric.kind() == Metric.Kind.MEAN || metric.kind() == Metric.Kind.PERCENTILE)
                && (n.endsWith("_wait") || n.endsWith("_response"));
    }

    /** True when the run ended early; see {@link #failure()}. */
    public boolean partial() { return failure != null; }

    public Optional<String> failureMessage() { return Optional.ofNullable(failure); }

    public double get(Metric metric) { return measurements.get(metric); }

    public double meanWait() { return get(Metric.MEAN_WAIT); }
    public double meanResponse() { return get(Metric.MEAN_RESPONSE); }
    public double p99Response() { return get(Metric.P99_RESPONSE); }
    public double throughput() { return get(Metric.THROUGHPUT); }
    public double utilization() { return get(Metric.UTILIZATION); }
    public double meanService() { return get(MEAN_SERVICE); }
    public double timerOvershoot() { return get(TIMER_OVERSHOOT); }
    public double brokerRoundTrip() { return get(BROKER_ROUND_TRIP); }
    public long lost() { return (long) get(LOST); }

    /** Mean broker transit, see {@link #TRANSIT}. */
    public double transit() { return get(TRANSIT); }

    /** Mean fetch delay, see {@link #FETCH_DELAY}. */
    public double fetchDelay() { return get(FETCH_DELAY); }

    /** The served times of the completed measured messages (ms, send order): the data to fit a service model to. */
    public double[] services() { return detail.services().clone(); }

    public double[] responses() { return detail.responses().clone(); }

    public double[] waits() { return detail.waits().clone(); }

    /**
     * A 95% interval for one metric of this one run: batch means (32 to 64 batches of consecutive messages, Law 2015
     * §9.5.3) for {@code mean_wait}, {@code mean_response} and {@code mean_service}; the moving-block bootstrap of
     * {@link #bootstrap} for a response or wait percentile. Across replications use the {@code Estimates} interval.
     */
    public ConfidenceInterval interval(Metric metric) {
        Check.notNull("metric", metric);
        if (metric.kind() == Metric.Kind.PERCENTILE) {
            BootstrapInterval b = bootstrap(metric);
            return new ConfidenceInterval(b.estimate(), b.lower(), b.upper(), b.level(), series(metric).length,
                    "moving-block bootstrap");
        }
        double[] xs = metric.equals(Metric.MEAN_WAIT) ? detail.waits() : metric.equals(Metric.MEAN_RESPONSE) ? detail.responses()
                : metric.equals(MEAN_SERVICE) ? detail.services() : null;
        if (xs == null) {
            throw Check.fail("metric", metric.name(), "within-run intervals exist for mean_wait, mean_response, mean_service "
                    + "and response or wait percentiles", "use replications for the others");
        }
        BatchMeans bm = new BatchMeans();
        for (double x : xs) bm.add(x);
        ConfidenceInterval ci = bm.ci95();
        return new ConfidenceInterval(ci.estimate(), ci.lower(), ci.upper(), ci.level(), ci.samples(), "batch means");
    }

    private double[] series(Metric percentile) {
        return percentile.name().endsWith("_response") ? detail.responses() : percentile.name().endsWith("_wait") ? detail.waits() : null;
    }

    /**
     * A 95% moving-block bootstrap interval for a response or wait percentile of this one run (blocks of
     * ceil(sqrt(n)) consecutive messages keep the correlation within busy periods; 1,000 resamples, fixed stream).
     * Across replications use the {@code Estimates} interval instead.
     */
    public BootstrapInterval bootstrap(Metric percentile) {
        Check.notNull("percentile", percentile);
        double[] series = series(percentile);
        if (series == null || percentile.kind() != Metric.Kind.PERCENTILE) {
            throw Check.fail("percentile", percentile.name(), "bootstrap intervals exist for response and wait percentiles",
                    "e.g. Metric.P99_RESPONSE or Metric.P99_WAIT");
        }
        int block = (int) Math.ceil(Math.sqrt(series.length));
        return BlockBootstrap.percentile(series, percentile.quantile(), Math.min(block, series.length), 1_000, 0.95,
                RandomStream.of(0, RandomStream.MISC));
    }
}
