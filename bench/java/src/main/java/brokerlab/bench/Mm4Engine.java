package brokerlab.bench;

import brokerlab.stats.ConfidenceInterval;

/** One way of simulating {@link Mm4}: run until {@code customers} have started service, return their mean wait. */
public interface Mm4Engine {
    /** The label printed in the results table. */
    String name();

    /** Simulates from an empty system; {@code replication} selects independent random numbers. */
    ConfidenceInterval run(long customers, int replication);

    /** One uninterrupted run of {@code customers} (for the memory check); returns the mean wait. */
    default double singleRun(long customers) {
        return run(customers, 0).estimate();
    }
}
