package brokerlab.protocol.quorum;

import brokerlab.consistency.History;
import brokerlab.consistency.Verdict;
import brokerlab.timeline.Timeline;

import java.util.Locale;

/**
 * What one quorum-store run showed from the clients' side. Availability: the fraction of operations answered ok
 * within the client timeout, overall and among those invoked while a partition was active (NaN without one).
 * Latency: mean and 99th percentile of ok operations, in ms. Consistency: stale reads among ok reads
 * ({@link brokerlab.consistency.StaleReads}), keys whose history is not linearizable (and those left unknown
 * within the checker's budget), acknowledged writes that no server holds any more nor any version descending from
 * them (lost, as last-writer-wins discards concurrent or clock-skewed writes), reads that returned siblings.
 * Mechanics: read repairs, hinted writes, handoffs, hints still pending at the end, messages sent.
 * {@code timeline} is null unless one was requested.
 */
public record QuorumRun(String scenario, QuorumConfig config, long operations, long okOperations, double availability,
                        double availabilityDuringPartition, double meanLatency, double p99Latency, long okReads,
                        long staleReads, int keys, int keysNotLinearizable, int keysUnknown, Verdict verdict,
                        long ackedWrites, long lostWrites, long siblingReads, long readRepairs, long hintsWritten,
                        long handoffs, int pendingHints, long messages, History history, Timeline timeline) {

    public double staleReadRate() { return okReads == 0 ? 0 : (double) staleReads / okReads; }

    /** One line with the headline numbers. */
    public String summary() {
        return String.format(Locale.ROOT, "%s, %s: availability %.3f (during partition %s), p99 %.2f ms, stale reads %d/%d, "
                        + "non-linearizable keys %d/%d%s, lost writes %d/%d, sibling reads %d",
                config.label(), scenario, availability, Double.isNaN(availabilityDuringPartition) ? "n/a" : String.format(Locale.ROOT, "%.3f", availabilityDuringPartition),
                p99Latency, staleReads, okReads, keysNotLinearizable, keys, keysUnknown > 0 ? " (" + keysUnknown + " unknown)" : "",
                lostWrites, ackedWrites, siblingReads);
    }
}
