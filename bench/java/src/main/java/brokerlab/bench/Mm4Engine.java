package brokerlab.bench;

import brokerlab.stats.ConfidenceInterval;

/** One way of simulating {@link Mm4}: run until {@code customers} have started service, return their mean wait. */
public interface Mm4Engine {
    /** The label printed in the results table. */
    String name();

    /** Simulates from an empty system; {@code replication} selects independent random numbers. */
    ConfidenceInterval run(long customers, int replication);
}
