package brokerlab.protocol;

import brokerlab.consistency.History;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Metric.Kind;
import brokerlab.experiment.Outcome;

import java.util.List;
import java.util.Map;

/**
 * What one replication of a protocol measured, over the measured window (after the cold-start election and the
 * warm-up; work still in flight at its end drains and is counted). Times in ms, throughput in operations per
 * second.
 * <ul>
 *   <li>Primary: the client-visible response ({@link #MEAN_RESPONSE}, p50, p99), from the client's send to the
 *       answer it accepts, the client-to-leader hop, redirects and retries included.</li>
 *   <li>Commit: from the leader (primary, coordinator) accepting an operation to its commit point.</li>
 *   <li>Cost: every message per committed operation ({@link #MESSAGES_PER_OP}, client and heartbeats included);
 *       only the replica-to-replica messages of the commit path per committed log entry
 *       ({@link #PROTOCOL_MESSAGES_PER_ENTRY}, what {@code theory.MessageCounts} predicts); bytes, communication
 *       rounds on the critical path and forced writes per operation.</li>
 *   <li>Faults: {@link #ELECTIONS} counts leaderships established after the cold start (a Raft or Paxos leader, a
 *       PBFT view installed, a primary appointed), the same for every protocol; {@link #COLD_START} is the time to
 *       the first leader; {@link #UNAVAILABLE} the time with no usable leader; {@link #CLIENT_UNAVAILABLE} the time
 *       the client could not be served: the union of the waits of requests slower than the availability threshold
 *       (or never answered); {@link #BLOCKED} the participant-time two-phase commit spends prepared but undecided.</li>
 *   <li>Client outcomes: acknowledged writes later lost, operations stored twice (client retries), retries,
 *       aborted transactions, requests given up under the retry policy; safety {@link #VIOLATIONS} found by the
 *       protocol's checker (listed in {@link #violations()}).</li>
 *   <li>Little's law: {@link #MEAN_IN_FLIGHT} (time average) equals {@link #LITTLE_L} (lambda W) when all drains.</li>
 * </ul>
 *
 * @param measurements   the values, in the order of {@link #METRICS}
 * @param violations     the safety violations found (at most 100 per run)
 * @param messagesByKind messages sent in the measured window, by kind
 * @param history        the client-visible history of the whole run (cold start excluded: the client starts after
 *                       it), or null unless the settings' {@link ClientWorkload} records one
 */
public record ProtocolRun(Measurements measurements, List<String> violations, Map<String, Long> messagesByKind,
                          History history) implements Outcome {
    public static final Metric MEAN_RESPONSE = Metric.of("mean_response", "ms", Kind.MEAN);
    public static final Metric P50_RESPONSE = Metric.percentile(0.50, "response", "ms");
    public static final Metric P99_RESPONSE = Metric.percentile(0.99, "response", "ms");
    public static final Metric MEAN_COMMIT = Metric.of("mean_commit", "ms", Kind.MEAN);
    public static final Metric P50_COMMIT = Metric.percentile(0.50, "commit", "ms");
    public static final Metric P99_COMMIT = Metric.percentile(0.99, "commit", "ms");
    public static final Metric THROUGHPUT = Metric.of("throughput", "ops/s", Kind.RATE);
    public static final Metric COMMITTED_OPS = Metric.of("committed_ops", "ops", Kind.COUNT);
    public static final Metric MESSAGES_PER_OP = Metric.of("messages_per_op", "messages", Kind.OTHER);
    public static final Metric PROTOCOL_MESSAGES_PER_ENTRY = Metric.of("protocol_messages_per_entry", "messages", Kind.OTHER);
    public static final Metric BYTES_PER_OP = Metric.of("bytes_per_op", "bytes", Kind.OTHER);
    public static final Metric ROUNDS_PER_OP = Metric.of("rounds_per_op", "rounds", Kind.OTHER);
    public static final Metric FSYNCS_PER_OP = Metric.of("fsyncs_per_op", "writes", Kind.OTHER);
    public static final Metric ELECTIONS = Metric.of("elections", "leaderships", Kind.COUNT);
    public static final Metric COLD_START = Metric.of("cold_start_ms", "ms", Kind.OTHER);
    public static final Metric UNAVAILABLE = Metric.of("unavailable_ms", "ms", Kind.OTHER);
    public static final Metric CLIENT_UNAVAILABLE = Metric.of("client_unavailable_ms", "ms", Kind.OTHER);
    public static final Metric BLOCKED = Metric.of("blocked_ms", "ms", Kind.OTHER);
    public static final Metric LOST_WRITES = Metric.of("lost_writes", "writes", Kind.COUNT);
    public static final Metric DUPLICATES = Metric.of("duplicates", "writes", Kind.COUNT);
    public static final Metric RETRIES = Metric.of("retries", "requests", Kind.COUNT);
    public static final Metric ABORTED = Metric.of("aborted", "transactions", Kind.COUNT);
    public static final Metric FAILED = Metric.of("failed", "requests", Kind.COUNT);
    public static final Metric VIOLATIONS = Metric.of("violations", "violations", Kind.COUNT);
    public static final Metric MEAN_IN_FLIGHT = Metric.of("mean_in_flight", "ops", Kind.TIME_AVERAGE);
    public static final Metric LITTLE_L = Metric.of("little_l", "ops", Kind.OTHER);

    /** Every metric a protocol run measures, in order: the client-visible response first. */
    public static final List<Metric> METRICS = List.of(MEAN_RESPONSE, P50_RESPONSE, P99_RESPONSE, MEAN_COMMIT,
            P50_COMMIT, P99_COMMIT, THROUGHPUT, COMMITTED_OPS, MESSAGES_PER_OP, PROTOCOL_MESSAGES_PER_ENTRY,
            BYTES_PER_OP, ROUNDS_PER_OP, FSYNCS_PER_OP, ELECTIONS, COLD_START, UNAVAILABLE, CLIENT_UNAVAILABLE, BLOCKED,
            LOST_WRITES, DUPLICATES, RETRIES, ABORTED, FAILED, VIOLATIONS, MEAN_IN_FLIGHT, LITTLE_L);

    public ProtocolRun {
        violations = List.copyOf(violations);
        messagesByKind = Map.copyOf(messagesByKind);
    }

    public double get(Metric m) { return measurements.get(m); }

    public boolean safe() { return violations.isEmpty(); }

    /** True when the run recorded the client's history. */
    public boolean hasHistory() { return history != null; }

    public double meanResponse() { return get(MEAN_RESPONSE); }
    public double p50Response() { return get(P50_RESPONSE); }
    public double p99Response() { return get(P99_RESPONSE); }
    public double meanCommit() { return get(MEAN_COMMIT); }
    public double p50Commit() { return get(P50_COMMIT); }
    public double p99Commit() { return get(P99_COMMIT); }
    public double throughput() { return get(THROUGHPUT); }
    public long committedOps() { return (long) get(COMMITTED_OPS); }
    public double messagesPerOp() { return get(MESSAGES_PER_OP); }
    public double protocolMessagesPerEntry() { return get(PROTOCOL_MESSAGES_PER_ENTRY); }
    public double bytesPerOp() { return get(BYTES_PER_OP); }
    public double roundsPerOp() { return get(ROUNDS_PER_OP); }
    public long elections() { return (long) get(ELECTIONS); }
    public double coldStart() { return get(COLD_START); }
    public double unavailableTime() { return get(UNAVAILABLE); }
    public double clientUnavailableTime() { return get(CLIENT_UNAVAILABLE); }
    public double blockedTime() { return get(BLOCKED); }
    public long lostWrites() { return (long) get(LOST_WRITES); }
    public long duplicates() { return (long) get(DUPLICATES); }
    public long retries() { return (long) get(RETRIES); }
    public long aborted() { return (long) get(ABORTED); }
    public long failed() { return (long) get(FAILED); }
    public double meanInFlight() { return get(MEAN_IN_FLIGHT); }
    public double littleL() { return get(LITTLE_L); }

    /** Every violation of every run, in run order: empty when all runs were safe. */
    public static List<String> violations(List<ProtocolRun> runs) {
        return runs.stream().flatMap(r -> r.violations().stream()).toList();
    }

    /** The sum of a count metric over runs (lost writes, duplicates, ... of a whole experiment). */
    public static long total(List<ProtocolRun> runs, Metric m) {
        return runs.stream().mapToLong(r -> (long) r.get(m)).sum();
    }
}
