package brokerlab.model.broker;

import brokerlab.experiment.Replications;
import brokerlab.stats.ConfidenceInterval;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Independent replications of one broker configuration, with a 95% Student-t interval per metric. */
public record BrokerEstimate(BrokerParams params, List<BrokerResult> runs) {
    public BrokerEstimate {
        runs = List.copyOf(runs);
        if (runs.size() < 2) throw new IllegalArgumentException("runs = " + runs.size() + ": need at least 2 replications for an interval");
    }

    public ConfidenceInterval ci(ToDoubleFunction<BrokerResult> metric) { return Replications.ci95(runs, metric); }

    public ConfidenceInterval meanLatency() { return ci(BrokerResult::meanLatency); }
    public ConfidenceInterval p99Latency() { return ci(BrokerResult::p99Latency); }
    public ConfidenceInterval duplicatesPerDelivered() { return ci(BrokerResult::duplicatesPerDelivered); }
    public ConfidenceInterval deadLetterFraction() { return ci(BrokerResult::deadLetterFraction); }
    public ConfidenceInterval throughput() { return ci(BrokerResult::throughput); }
    public ConfidenceInterval consumerUtilization() { return ci(BrokerResult::consumerUtilization); }

    /** Total messages that vanished over all replications (always 0 unless the model is broken). */
    public long vanished() { return runs.stream().mapToLong(BrokerResult::vanished).sum(); }
}
