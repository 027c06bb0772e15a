package brokerlab.model;

import brokerlab.analytic.capacity.CapacityPlanner;
import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * Capacity plans in one call, for notebooks: the fewest servers c meeting a {@link Target}, by theory
 * ({@link #byTheory}: {@link CapacityPlanner}'s exact or named two-moment evaluator, Poisson arrivals) or by
 * simulation ({@link #bySimulation}: {@link SimulatedServerCount} plugged into {@link CapacityPlanner#search}).
 * Either way the {@link Plan} carries what c achieves and what c − 1 achieves, the certificate of minimality.
 *
 * <p>Simulated decision rule: c meets the target when the upper end of its 95% CI is at most the threshold
 * (see {@link SimulatedServerCount}); c − 1 is reported with its CI, so a reader sees whether it missed clearly
 * (CI entirely above the threshold) or only within noise (CI straddling it).
 *
 * <pre>{@code
 * Plan p = Plans.bySimulation(Distributions.exponential(5), Distributions.lomax(2.5, 1),
 *         new Target.ResponsePercentileAtMost(0.99, 10), 200_000, 8, 42);
 * p.servers();   // smallest c whose simulated p99 CI lies below 10 s
 * }</pre>
 */
public final class Plans {
    private Plans() {}

    /**
     * The default upper limit of a simulated scan: floor(a) + 1 + 20 + 10 ceil(sqrt(a)). Square-root staffing
     * (Halfin &amp; Whitt 1981) needs c ~ a + beta sqrt(a) with beta rarely above 3 for practical targets, so
     * the limit is generous but stops a target that no c meets (a percentile below the service time's own)
     * after a bounded number of simulations instead of {@link CapacityPlanner#MAX_EXTRA_SERVERS}.
     */
    public static int defaultMaxServers(double offeredLoad) {
        Check.positive("offeredLoad", offeredLoad);
        return (int) Math.floor(offeredLoad) + 1 + 20 + 10 * (int) Math.ceil(Math.sqrt(offeredLoad));
    }

    /** {@link #bySimulation(Distribution, Distribution, Target, long, int, long, int)} with {@link #defaultMaxServers}. */
    public static Plan bySimulation(Distribution arrival, Distribution service, Target target, long customers,
                                    int replications, long seed) {
        var evaluator = new SimulatedServerCount(arrival, service, target, customers, replications, seed);
        int max = target instanceof Target.RejectionProbabilityAtMost r ? r.capacity()
                : defaultMaxServers(evaluator.offeredLoad());
        return bySimulation(arrival, service, target, customers, replications, seed, max);
    }

    /**
     * The fewest c in [lower, maxServers] whose simulated metric meets the target, scanning up from the
     * stability minimum floor(a) + 1 (from 1 for a rejection target, where maxServers may not exceed K).
     */
    public static Plan bySimulation(Distribution arrival, Distribution service, Target target, long customers,
                                    int replications, long seed, int maxServers) {
        var evaluator = new SimulatedServerCount(arrival, service, target, customers, replications, seed);
        int min = 1;
        if (target instanceof Target.RejectionProbabilityAtMost r) {
            if (maxServers > r.capacity()) {
                throw Check.fail("maxServers", maxServers, "it must be <= the capacity K = " + r.capacity()
                        + " of the rejection target", "pass maxServers <= " + r.capacity());
            }
        } else {
            min = (int) Math.floor(evaluator.offeredLoad()) + 1;
        }
        return CapacityPlanner.search(evaluator, target, min, maxServers);
    }

    /** The analytic plan for Poisson arrivals at {@code arrivalRate}: {@code CapacityPlanner.of(arrivalRate, service).plan(target)}. */
    public static Plan byTheory(double arrivalRate, Distribution service, Target target) {
        return CapacityPlanner.of(arrivalRate, service).plan(target);
    }
}
