package brokerlab.model;

import brokerlab.analytic.capacity.CapacityPlanner;
import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
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

    /** {@link #bySimulation(SimulatedServerCount)} with the evaluator of this station and target. */
    public static Plan bySimulation(Distribution arrival, Distribution service, Target target, long customers,
                                    int replications, long seed) {
        return bySimulation(new SimulatedServerCount(arrival, service, target, customers, replications, seed));
    }

    /**
     * The fewest c in [lower, maxServers] whose simulated metric meets the target, scanning up from the
     * stability minimum floor(a) + 1 (from 1 for a rejection target, where maxServers may not exceed K).
     */
    public static Plan bySimulation(Distribution arrival, Distribution service, Target target, long customers,
                                    int replications, long seed, int maxServers) {
        return bySimulation(new SimulatedServerCount(arrival, service, target, customers, replications, seed), maxServers);
    }

    /** The scan from {@link SimulatedServerCount#minServers()} to its {@link SimulatedServerCount#maxServers()}. */
    public static Plan bySimulation(SimulatedServerCount evaluator) {
        return bySimulation(evaluator, Check.notNull("evaluator", evaluator).maxServers());
    }

    /** The scan from {@link SimulatedServerCount#minServers()} to {@code maxServers}, at most the capacity K of a loss system. */
    public static Plan bySimulation(SimulatedServerCount evaluator, int maxServers) {
        Check.notNull("evaluator", evaluator);
        if (maxServers > evaluator.maxServers() && evaluator.minServers() == 1) {
            throw Check.fail("maxServers", maxServers, "it must be <= the capacity K = " + evaluator.maxServers()
                    + " of the loss system", "pass maxServers <= " + evaluator.maxServers());
        }
        evaluator.requireReachable();
        return CapacityPlanner.search(evaluator, evaluator.target(), evaluator.minServers(), maxServers);
    }

    /** The analytic plan for Poisson arrivals at {@code arrivalRate}: {@code CapacityPlanner.of(arrivalRate, service).plan(target)}. */
    public static Plan byTheory(double arrivalRate, Distribution service, Target target) {
        return CapacityPlanner.of(arrivalRate, service).plan(target);
    }

    /** True when exact planning applies: Poisson arrivals and exponential service (M/M/c, M/M/c/K, Erlang B). */
    public static boolean exactApplies(Distribution arrival, Distribution service) {
        return arrival instanceof Exponential && service instanceof Exponential;
    }

    /**
     * The analytic plan for arrivals given as an inter-arrival distribution, which must be exponential (the
     * planner's formulas assume Poisson arrivals). With {@code exactOnly}, service must be exponential too;
     * otherwise the planner's named approximations may answer. Refused, saying what to do instead: percentile
     * targets for non-exponential service and service with infinite variance (no two-moment formula holds; plan
     * them {@link #bySimulation}).
     */
    public static Plan byTheory(Distribution arrival, Distribution service, Target target, boolean exactOnly) {
        Check.notNull("target", target);
        if (!(Check.notNull("--arrival", arrival) instanceof Exponential)) {
            throw Check.fail("--arrival", arrival.spec(), "analytic planning assumes Poisson arrivals, exp(...)",
                    "use --method simulate for other arrival processes");
        }
        boolean exponential = Check.notNull("--service", service) instanceof Exponential;
        if (exactOnly && !exponential) {
            throw Check.fail("--method", "exact", "exact planning needs exp(...) service",
                    "use --method approx (named approximations) or --method simulate");
        }
        if (target instanceof Target.ResponsePercentileAtMost && !exponential) {
            throw Check.fail("--target", target.describe(), "analytic response percentiles need exp(...) service",
                    "use --method simulate");
        }
        if (service.hasInfiniteVariance() && !(target instanceof Target.RejectionProbabilityAtMost)) {
            throw Check.fail("--service", service.spec(), "its variance is infinite, so no two-moment formula "
                    + "applies", "use --method simulate");
        }
        return byTheory(arrival.rate(), service, target);
    }
}
