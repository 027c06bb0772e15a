package brokerlab.bench;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.RunningStats;

/**
 * Collects the customers' waits in constant memory as {@value #BATCHES} consecutive batch means, the
 * classic way to put a confidence interval on a steady-state mean from one long, autocorrelated run
 * (Law, <i>Simulation Modeling and Analysis</i>, 5th ed., §9.5.3). Every Java engine uses this same recorder,
 * so each pays the same bookkeeping cost (one add, one increment, one compare per customer).
 *
 * <p>The run starts empty and is not truncated: at ρ = 0.9 the start-up transient lasts a few hundred
 * customers, negligible against the 10^6 or more simulated here.
 */
public final class WaitRecorder {
    public static final int BATCHES = 20;

    private final long target;
    private final long batchSize;
    private final RunningStats batchMeans = new RunningStats();
    private double batchSum;
    private long inBatch;
    private long recorded;

    /** A recorder for exactly {@code customers} waits, a positive multiple of {@value #BATCHES}. */
    public WaitRecorder(long customers) {
        if (customers <= 0 || customers % BATCHES != 0) {
            throw new IllegalArgumentException("customers = " + customers + " is invalid: it must be a positive multiple of "
                    + BATCHES + " (one batch mean per " + BATCHES + "th of the run); round it");
        }
        this.target = customers;
        this.batchSize = customers / BATCHES;
    }

    /** Records one wait; returns true once the target number of customers has been recorded. */
    public boolean record(double wait) {
        batchSum += wait;
        recorded++;
        if (++inBatch == batchSize) {
            batchMeans.add(batchSum / batchSize);
            batchSum = 0;
            inBatch = 0;
        }
        return recorded >= target;
    }

    public long recorded() { return recorded; }

    public boolean done() { return recorded >= target; }

    /** The mean wait with its 95% batch-means t interval (19 degrees of freedom). */
    public ConfidenceInterval meanWait() {
        if (!done()) throw new IllegalStateException("only " + recorded + " of " + target + " waits recorded");
        return ConfidenceInterval.of(batchMeans, 0.95);
    }
}
