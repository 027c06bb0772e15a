package brokerlab.protocol;

import java.util.List;
import java.util.Map;

/**
 * What one simulated run of a protocol measured (times in ms, throughput in operations per second).
 * {@code messagesPerOp} counts every message (client, heartbeats, retries) per committed client operation;
 * {@code protocolMessagesPerEntry} only the replica-to-replica messages of the commit path per committed log
 * entry, the quantity {@code theory.MessageCounts} predicts. {@code roundsPerOp} counts communication phases on the
 * critical path per committed operation (Raft and Paxos 1, two-phase commit 2, PBFT 3, synchronous primary-backup 1,
 * asynchronous 0), plus election and retry rounds when faults strike. {@code elections} counts elections started:
 * Raft candidacies, Paxos prepare phases, PBFT view changes started (per replica), primary-backup failovers.
 * {@code unavailableTime} is the time with no usable leader (primary, coordinator, correct PBFT primary). {@code meanInFlight} is the time-average number
 * of client operations outstanding, L in Little's law L = lambda W.
 */
public record RunResult(String protocol, double elapsed, long committedOps, double throughput,
                        double meanCommit, double p50Commit, double p99Commit,
                        double meanResponse, double p50Response, double p99Response,
                        double messagesPerOp, double protocolMessagesPerEntry, double bytesPerOp,
                        double roundsPerOp, double fsyncsPerOp, long elections, double unavailableTime,
                        double blockedTime, long lostWrites, long duplicates, long aborted, double meanInFlight,
                        Map<String, Long> messagesByKind, List<String> violations) {
    public RunResult {
        messagesByKind = Map.copyOf(messagesByKind);
        violations = List.copyOf(violations);
    }

    /**
     * Little's law L = lambda W over the whole run (lambda = completed operations / elapsed ms, W = mean
     * response time): equals {@link #meanInFlight()} when no operation is left in flight at the end.
     */
    public double littleL() {
        return committedOps / elapsed * meanResponse;
    }

    public boolean safe() { return violations.isEmpty(); }
}
