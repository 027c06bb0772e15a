package brokerlab.protocol.broadcast;

import java.util.Locale;

/**
 * What the subscribers of one broadcast run saw. {@code causalViolations}: deliveries that came before some message
 * that causally precedes them (by the ground truth of what each sender had delivered when it sent, not by the
 * protocol's own clocks); {@code fifoViolations}: deliveries before an earlier message from the same sender.
 * Latency is from broadcast to delivery at each subscriber, in ms; {@code maxHeldBack} the largest number of
 * received but not yet deliverable messages at any subscriber; {@code undelivered} deliveries still owed at the
 * end; {@code messages} everything sent, retransmissions and acknowledgements included.
 */
public record BroadcastResult(DeliveryOrder order, long broadcasts, long deliveries, long causalViolations,
                              long fifoViolations, double meanLatency, double p99Latency, int maxHeldBack,
                              long undelivered, long messages) {

    /** Causal violations per delivery. */
    public double violationRate() { return deliveries == 0 ? 0 : (double) causalViolations / deliveries; }

    public String summary() {
        return String.format(Locale.ROOT, "%s: %d broadcasts, %d deliveries, %d causal violations (%.2f%%), %d FIFO violations, "
                        + "latency mean %.2f ms p99 %.2f ms, held back at most %d, %d undelivered",
                order, broadcasts, deliveries, causalViolations, 100 * violationRate(), fifoViolations, meanLatency, p99Latency,
                maxHeldBack, undelivered);
    }
}
