package brokerlab.protocol.pubsub;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Metric.Kind;
import brokerlab.experiment.Outcome;
import brokerlab.protocol.ProtocolRun;

import java.util.List;

/**
 * What one pub/sub failover run measured at its subscribers, then everything a {@link ProtocolRun} measures at the
 * producer (response, client-side unavailability, retries, ...). Subscriber figures are means over the
 * subscribers, over messages produced in the measured window:
 * <ul>
 *   <li>{@link #FAILOVER}: the longest stretch without a delivery while messages were produced (ms). Without a fault
 *       it is the longest gap between two productions plus polling, a few tens of ms at 200 messages/s.</li>
 *   <li>{@link #LOST}: messages acknowledged to the producer and never delivered to the subscriber.</li>
 *   <li>{@link #LOST_IN_LOG}: acknowledged messages missing from the final primary's log, what a subscriber that
 *       replays the topic from its start after the run would never see.</li>
 *   <li>{@link #DUPLICATED}, {@link #REORDERED}: deliveries of a message the subscriber already had, and first
 *       deliveries after a message the producer sent later.</li>
 *   <li>{@link #PRIMARY_CHANGES} and {@link #ENSEMBLE_ELECTIONS}: primaries appointed after the first, ensemble
 *       leaders elected after the bootstrap.</li>
 * </ul>
 *
 * @param measurements the values: {@link #METRICS}, then {@link ProtocolRun#METRICS}
 * @param violations   safety violations: with synchronous replication any acknowledged message lost; with an
 *                     idempotent producer and fencing, any message stored twice in the final log
 */
public record PubSubRun(Measurements measurements, List<String> violations) implements Outcome {
    public static final Metric FAILOVER = Metric.of("failover_ms", "ms", Kind.OTHER);
    public static final Metric LOST = Metric.of("lost_messages", "messages", Kind.OTHER);
    public static final Metric LOST_IN_LOG = Metric.of("lost_in_log", "messages", Kind.COUNT);
    public static final Metric DUPLICATED = Metric.of("duplicated_messages", "messages", Kind.OTHER);
    public static final Metric REORDERED = Metric.of("reordered_messages", "messages", Kind.OTHER);
    public static final Metric ACKNOWLEDGED = Metric.of("acknowledged", "messages", Kind.COUNT);
    public static final Metric PRIMARY_CHANGES = Metric.of("primary_changes", "primaries", Kind.COUNT);
    public static final Metric ENSEMBLE_ELECTIONS = Metric.of("ensemble_elections", "leaders", Kind.COUNT);

    /** The subscriber-side metrics, in order (the producer-side ones of {@link ProtocolRun} follow). */
    public static final List<Metric> METRICS = List.of(FAILOVER, LOST, LOST_IN_LOG, DUPLICATED, REORDERED, ACKNOWLEDGED,
            PRIMARY_CHANGES, ENSEMBLE_ELECTIONS);

    public PubSubRun {
        violations = List.copyOf(violations);
    }

    /** What the cluster counted at the end of a run. */
    record Tally(double lost, long lostInLog, double duplicated, double reordered, double failover, long acknowledged,
                 long primaryChanges, long ensembleElections) { }

    static PubSubRun of(Tally t, ProtocolRun producer) {
        Measurements m = Measurements.builder()
                .put(FAILOVER, t.failover()).put(LOST, t.lost()).put(LOST_IN_LOG, t.lostInLog())
                .put(DUPLICATED, t.duplicated()).put(REORDERED, t.reordered()).put(ACKNOWLEDGED, t.acknowledged())
                .put(PRIMARY_CHANGES, t.primaryChanges()).put(ENSEMBLE_ELECTIONS, t.ensembleElections())
                .putAll(producer.measurements()).build();
        return new PubSubRun(m, producer.violations());
    }

    public double get(Metric m) { return measurements.get(m); }

    public boolean safe() { return violations.isEmpty(); }

    public double failover() { return get(FAILOVER); }
    public double lost() { return get(LOST); }
    public long lostInLog() { return (long) get(LOST_IN_LOG); }
    public double duplicated() { return get(DUPLICATED); }
    public double reordered() { return get(REORDERED); }
    public long acknowledged() { return (long) get(ACKNOWLEDGED); }

    /** The sum of a metric over runs (lost messages of a whole experiment, say). */
    public static double total(List<PubSubRun> runs, Metric m) {
        return runs.stream().mapToDouble(r -> r.get(m)).sum();
    }
}
