package brokerlab.experiment;

import java.util.function.DoubleConsumer;

/**
 * A model that can show its initial transient, so run-length control can choose the warm-up by MSER-5
 * ({@link brokerlab.stats.WarmupDetector}) instead of assuming one. Optional: {@link Experiment} uses it when a
 * model implements it and a precision target is set.
 */
public interface TransientTrace {
    /**
     * Runs replication {@code replication} of {@code customers} customers from an empty, idle system, discarding
     * nothing, and passes one per-customer output (e.g. the wait) to {@code sink} per customer, in order.
     *
     * @return false when this configuration cannot be traced (then nothing was passed to the sink)
     */
    boolean trace(long customers, long seed, int replication, DoubleConsumer sink);
}
