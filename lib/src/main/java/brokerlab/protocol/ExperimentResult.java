package brokerlab.protocol;

import brokerlab.stats.ConfidenceInterval;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

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

    /**
     * One row per experiment, for sweeps in notebooks: estimates with their 95% half-widths ({@code *_hw}) and the
     * theory beside them. Times in ms, throughput in operations per second.
     */
    public static Table table(List<ExperimentResult> results) {
        StringColumn protocol = StringColumn.create("protocol"), topology = StringColumn.create("topology");
        IntColumn nodes = IntColumn.create("nodes");
        String[] names = {"commit_ms", "commit_hw", "theory_commit_ms", "p99_commit_ms", "response_ms", "throughput",
                "messages_per_op", "protocol_messages_per_entry", "theory_messages_per_entry", "rounds_per_op",
                "unavailable_ms", "blocked_ms", "mean_in_flight", "little_l"};
        DoubleColumn[] cols = new DoubleColumn[names.length];
        for (int i = 0; i < names.length; i++) cols[i] = DoubleColumn.create(names[i]);
        for (ExperimentResult r : results) {
            protocol.append(r.protocol().name());
            topology.append(r.topology());
            nodes.append(r.nodes());
            double[] v = {r.meanCommit().estimate(), r.meanCommit().halfWidth(), r.predictedCommit(), r.p99Commit().estimate(),
                    r.meanResponse().estimate(), r.throughput().estimate(), r.messagesPerOp().estimate(),
                    r.protocolMessagesPerEntry().estimate(), r.predictedMessagesPerEntry(), r.roundsPerOp().estimate(),
                    r.unavailableTime().estimate(), r.blockedTime().estimate(), r.meanInFlight().estimate(), r.littleL().estimate()};
            for (int i = 0; i < v.length; i++) cols[i].append(v[i]);
        }
        Table t = Table.create("protocol experiments", protocol, topology, nodes);
        t.addColumns(cols);
        return t;
    }

    /** One line for a notebook table. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%s on %s, n=%d: commit %.3f ms (theory %.3f), p99 %.3f ms, %.1f ops/s, %.2f msgs/op, %.0f ms unavailable%s",
                protocol, topology, nodes, meanCommit.estimate(), predictedCommit, p99Commit.estimate(), throughput.estimate(),
                messagesPerOp.estimate(), unavailableTime.estimate(), safe() ? "" : ", UNSAFE: " + violations.get(0));
    }
}
