package brokerlab.model.broker;

/**
 * One drained replication of {@link BrokerSimulation}.
 *
 * <p>Counts over all messages (warm-up included), which conserve exactly:
 * {@code sent == deliveredOnce + deliveredMoreThanOnce + deadLettered}.
 *
 * @param sent                  messages sent by the producers before the horizon
 * @param deliveredOnce         deleted after exactly one receive (processing)
 * @param deliveredMoreThanOnce deleted after two or more receives: processed more than once (duplicates)
 * @param deadLettered          moved to the dead-letter queue
 * @param receives              total receives (processings) of all messages
 * @param meanLatency           mean end-to-end latency, send to successful acknowledgement, of delivered messages
 *                              sent in the measurement window [warmup, horizon)
 * @param p99Latency            99th percentile of that latency (HdrHistogram, 3 significant digits)
 * @param duplicatesPerDelivered extra processings per delivered message in the window: (receives - 1) averaged
 * @param deadLetterFraction    fraction of the window's messages that were dead-lettered
 * @param throughput            first successful acknowledgements per second during the window
 * @param consumerUtilization   busy consumer threads / n2, averaged over the window
 */
public record BrokerResult(long sent, long deliveredOnce, long deliveredMoreThanOnce, long deadLettered, long receives,
                           double meanLatency, double p99Latency, double duplicatesPerDelivered,
                           double deadLetterFraction, double throughput, double consumerUtilization) {

    /** Messages neither delivered nor dead-lettered; 0 for every drained run (a conservation check). */
    public long vanished() {
        return sent - deliveredOnce - deliveredMoreThanOnce - deadLettered;
    }

    /** Fraction of delivered messages (all of them) that were processed more than once. */
    public double duplicateFraction() {
        long delivered = deliveredOnce + deliveredMoreThanOnce;
        return delivered == 0 ? Double.NaN : (double) deliveredMoreThanOnce / delivered;
    }
}
