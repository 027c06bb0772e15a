package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * A single queueing station G/G/c/K: inter-arrival and service {@link Distribution}s, {@code servers} identical
 * servers, a capacity K counting every job in the system (waiting or in service; an arrival that finds K present
 * is rejected, like an HTTP 503 from a circuit breaker), and a {@link Discipline}.
 *
 * <p>Capacity {@code 0} or {@link #INFINITE} means an infinite buffer; the queue must then be stable,
 * {@code rho = lambda E[S] / c < 1} (checked). With a finite buffer any load is allowed.
 */
public record StationParams(Distribution arrival, Distribution service, int servers, int capacity, Discipline discipline) {
    /** Capacity value meaning "no limit"; {@code 0} is accepted as a synonym and normalised to it. */
    public static final int INFINITE = Integer.MAX_VALUE;

    public StationParams {
        Check.notNull("arrival", arrival);
        Check.notNull("service", service);
        Check.notNull("discipline", discipline);
        Check.positive("arrival mean", arrival.mean());
        Check.positive("service mean", service.mean());
        Check.atLeast("servers", servers, 1);
        Check.atLeast("capacity", capacity, 0);
        if (capacity == 0) capacity = INFINITE;
        if (capacity < servers) {
            throw Check.fail("capacity", capacity, "it must be >= servers (" + servers + ") or 0 for an infinite buffer",
                    "raise capacity to at least " + servers + " or use fewer servers");
        }
        if (capacity == INFINITE) Check.stable(service.mean() / arrival.mean() / servers);
    }

    /** A FCFS station with an infinite buffer. */
    public StationParams(Distribution arrival, Distribution service, int servers) {
        this(arrival, service, servers, INFINITE, Discipline.FCFS);
    }

    /** lambda = 1 / E[inter-arrival]. */
    public double arrivalRate() { return 1.0 / arrival.mean(); }

    /** Offered load a = lambda E[S] in Erlangs. */
    public double offeredLoad() { return service.mean() / arrival.mean(); }

    /** rho = a / c; above one only with a finite capacity. */
    public double utilization() { return offeredLoad() / servers; }

    public boolean infiniteCapacity() { return capacity == INFINITE; }

    /**
     * True when waits and responses may have infinite variance: the service variance is infinite, or (infinite
     * buffer, FCFS) the tail index fails Scheller-Wolf's condition for the second wait moment
     * ({@link brokerlab.analytic.HeavyTail#waitVarianceFinite}).
     */
    public boolean heavyTailed() {
        if (service.hasInfiniteVariance()) return true;
        double alpha = service.tailIndex();
        if (Double.isInfinite(alpha) || !infiniteCapacity() || discipline != Discipline.FCFS) return false;
        return !brokerlab.analytic.HeavyTail.waitVarianceFinite(alpha, servers, offeredLoad());
    }

    /** True when the Kiefer–Wolfowitz recursion applies: FCFS and an infinite buffer. */
    public boolean recursionApplies() { return discipline == Discipline.FCFS && infiniteCapacity(); }
}
