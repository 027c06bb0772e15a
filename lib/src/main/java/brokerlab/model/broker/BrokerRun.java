package brokerlab.model.broker;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;

import java.util.List;

/**
 * One drained replication of a {@link Broker}, by metric (the constants below and throughput).
 *
 * <p>Throughput is first acknowledgements per second in the window. Window metrics cover the messages sent in the measurement window [warmup, warmup + duration): latency (send
 * to successful acknowledgement) of those delivered, their duplicates and dead-letter fraction; throughput and
 * consumer utilization are time averages over the window. Counts cover all messages (warm-up included) and
 * conserve exactly: {@code sent == delivered_once + delivered_more_than_once + dead_lettered}, so
 * {@link #vanished()} is 0 in every drained run.
 *
 * @param measurements the values
 */
public record BrokerRun(Measurements measurements) implements Outcome {
    /** Mean end-to-end latency, send to successful acknowledgement, of the window's delivered messages. */
    public static final Metric MEAN_LATENCY = Metric.of("mean_latency", "s", Metric.Kind.MEAN);
    /** 99th percentile of that latency (HdrHistogram, 3 significant digits). */
    public static final Metric P99_LATENCY = Metric.percentile(0.99, "latency", "s");
    /** Extra processings per delivered window message: (receives - 1) averaged. */
    public static final Metric DUPLICATES_PER_DELIVERED = Metric.of("duplicates_per_delivered", "", Metric.Kind.MEAN);
    /** Fraction of the window's messages that were dead-lettered (NaN when none was sent in the window). */
    public static final Metric DEAD_LETTER_FRACTION = Metric.of("dead_letter_fraction", "", Metric.Kind.FRACTION);
    /** Busy consumer threads / n2, averaged over the window. */
    public static final Metric CONSUMER_UTILIZATION = Metric.of("consumer_utilization", "", Metric.Kind.TIME_AVERAGE);
    /** Messages sent by the producers (whole run). */
    public static final Metric SENT = Metric.of("sent", "messages", Metric.Kind.COUNT);
    /** Deleted after exactly one receive (processing). */
    public static final Metric DELIVERED_ONCE = Metric.of("delivered_once", "messages", Metric.Kind.COUNT);
    /** Deleted after two or more receives: processed more than once (duplicates). */
    public static final Metric DELIVERED_MORE_THAN_ONCE = Metric.of("delivered_more_than_once", "messages", Metric.Kind.COUNT);
    /** Moved to the dead-letter queue. */
    public static final Metric DEAD_LETTERED = Metric.of("dead_lettered", "messages", Metric.Kind.COUNT);
    /** Total receives (processings) of all messages. */
    public static final Metric RECEIVES = Metric.of("receives", "receives", Metric.Kind.COUNT);

    public double get(Metric metric) { return measurements.get(metric); }

    public double meanLatency() { return get(MEAN_LATENCY); }
    public double duplicatesPerDelivered() { return get(DUPLICATES_PER_DELIVERED); }
    public double deadLetterFraction() { return get(DEAD_LETTER_FRACTION); }
    public double throughput() { return get(Metric.THROUGHPUT); }
    public long sent() { return (long) get(SENT); }
    public long deliveredOnce() { return (long) get(DELIVERED_ONCE); }
    public long deliveredMoreThanOnce() { return (long) get(DELIVERED_MORE_THAN_ONCE); }
    public long deadLettered() { return (long) get(DEAD_LETTERED); }
    public long receives() { return (long) get(RECEIVES); }

    /** Messages neither delivered nor dead-lettered: 0 for every drained run (a conservation check). */
    public long vanished() {
        return sent() - deliveredOnce() - deliveredMoreThanOnce() - deadLettered();
    }

    /** Fraction of all delivered messages (warm-up included) processed more than once; NaN without deliveries. */
    public double duplicateFraction() {
        long delivered = deliveredOnce() + deliveredMoreThanOnce();
        return delivered == 0 ? Double.NaN : (double) deliveredMoreThanOnce() / delivered;
    }
}
