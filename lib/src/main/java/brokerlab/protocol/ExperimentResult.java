package brokerlab.protocol;

import brokerlab.stats.ConfidenceInterval;

import java.util.List;

/**
 * Replications of one protocol experiment: 95% t intervals over replications (times in ms, throughput in
 * operations per second), the failure-free theory beside them ({@code predictedCommit}, NaN where the theory
 * does not apply, and {@code predictedMessagesPerEntry}), the per-replication {@link RunResult}s and every safety
 * violation found. Little's law: {@code meanInFlight} should match {@code littleL} (lambda W).
 */
public record ExperimentResult(Protocol protocol, String topology, int nodes, int replications,
                               ConfidenceInterval meanCommit, ConfidenceInterval p50Commit, ConfidenceInterval p99Commit,
                               ConfidenceInterval meanResponse, ConfidenceInterval p99Response, ConfidenceInterval throughput,
                               ConfidenceInterval messagesPerOp, ConfidenceInterval protocolMessagesPerEntry,
                               ConfidenceInterval bytesPerOp, ConfidenceInterval roundsPerOp, ConfidenceInterval elections,
                               ConfidenceInterval unavailableTime, ConfidenceInterval blockedTime,
                               ConfidenceInterval meanInFlight, ConfidenceInterval littleL,
                               long lostWrites, long duplicates, long aborted,
                               double predictedCommit, double predictedMessagesPerEntry,
                               List<RunResult> runs, List<String> violations) {
    public ExperimentResult {
        runs = List.copyOf(runs);
        violations = List.copyOf(violations);
    }

    public boolean safe() { return violations.isEmpty(); }

    /** One line for a notebook table. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%s on %s, n=%d: commit %.3f ms (theory %.3f), p99 %.3f ms, %.1f ops/s, %.2f msgs/op, %.0f ms unavailable%s",
                protocol, topology, nodes, meanCommit.estimate(), predictedCommit, p99Commit.estimate(), throughput.estimate(),
                messagesPerOp.estimate(), unavailableTime.estimate(), safe() ? "" : ", UNSAFE: " + violations.get(0));
    }
}
