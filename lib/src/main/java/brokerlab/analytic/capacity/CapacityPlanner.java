package brokerlab.analytic.capacity;

import brokerlab.analytic.Approximations;
import brokerlab.analytic.ErlangB;
import brokerlab.analytic.ErlangC;
import brokerlab.analytic.Estimate;
import brokerlab.analytic.MMc;
import brokerlab.analytic.MMcK;
import brokerlab.dist.Distribution;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Inverse queueing: the fewest servers c that meet a {@link Target} for Poisson arrivals at rate lambda and i.i.d.
 * service with mean E[S] and SCV cs^2 (FCFS, one shared queue).
 *
 * <p>Evaluation ({@link #evaluator(Target)}), always naming its method:
 * <ul>
 *   <li>mean response: Erlang C (exact) for exponential service, otherwise {@link Approximations#best}
 *       (P-K exact for c = 1, Cosmetatos, Kimura up to service SCV {@link Approximations#KIMURA_MAX_SCV} and
 *       Allen–Cunneen above it, where Kimura under-estimates the wait and a plan built on it would under-staff:
 *       the reality-gap map, {@link brokerlab.analytic.ApproximationErrors});</li>
 *   <li>response percentile: exact M/M/c (closed-form CDF, root-found) for exponential service only; for other
 *       services plug in a simulation evaluator with {@link #search};</li>
 *   <li>wait probability: Erlang C, exact for exponential service (and for c = 1 under any service, where it is
 *       rho), labelled an approximation otherwise;</li>
 *   <li>rejection probability with total capacity K: M/M/c/K (exact for exponential service; Erlang B,
 *       insensitive and therefore exact, when c = K), labelled an approximation otherwise.</li>
 * </ul>
 *
 * <p>Search ({@link #search}): a linear scan upward from a lower limit (the stability minimum floor(a) + 1, or
 * 1 for loss systems). Every metric above is non-increasing in c, so the first c that meets the target is the
 * smallest, and the evaluation at c - 1 is kept as the certificate. A galloping/binary search would also be valid
 * for exact evaluators, but the scan needs only about beta sqrt(a) evaluations past floor(a) (square-root
 * staffing) and never compares two noisy simulated values far from the answer, so it serves every evaluator.
 */
public final class CapacityPlanner {
    /** Scan limit above the lower limit, a guard against targets that no finite c meets. */
    public static final int MAX_EXTRA_SERVERS = 100_000;
    private final double arrivalRate;
    private final double meanService;
    private final double serviceScv;

    public CapacityPlanner(double arrivalRate, double meanService, double serviceScv) {
        this.arrivalRate = Check.positive("arrivalRate", arrivalRate);
        this.meanService = Check.positive("meanService", meanService);
        if (!(serviceScv >= 0)) throw Check.fail("serviceScv", serviceScv, "it must be >= 0 (or +Infinity)", null);
        this.serviceScv = serviceScv;
    }

    public static CapacityPlanner of(double arrivalRate, Distribution service) {
        Check.notNull("service", service);
        return new CapacityPlanner(arrivalRate, service.mean(), service.scv());
    }

    /** Offered load a = lambda E[S] in erlangs. */
    public double offeredLoad() { return arrivalRate * meanService; }

    /** floor(a) + 1, the fewest servers with utilisation below one. */
    public int stabilityMinimum() { return (int) Math.floor(offeredLoad()) + 1; }

    private boolean exponential() { return serviceScv == 1; }

    private Estimate unstable(int c) {
        return Estimate.infinite("stability", String.format(Locale.ROOT, "%d servers give utilisation %.4g >= 1; "
                + "at least %d are needed", c, offeredLoad() / c, stabilityMinimum()));
    }

    /** The analytic evaluator for a target; see the class comment for the method used. */
    public ServerCountEvaluator evaluator(Target target) {
        Check.notNull("target", target);
        if (target instanceof Target.MeanResponseAtMost) {
            return c -> Evaluation.of(c <= offeredLoad() ? unstable(c) : exponential()
                    ? Estimate.of(new MMc(arrivalRate, 1 / meanService, c).meanResponse(), "M/M/c, Erlang C (exact)")
                    : Approximations.bestMeanResponse(arrivalRate, meanService, 1, serviceScv, c));
        }
        if (target instanceof Target.ResponsePercentileAtMost p) {
            if (!exponential()) {
                throw Check.fail("serviceScv", serviceScv, "analytic response percentiles of M/G/c need "
                        + "exponential service (SCV 1)", "plug a simulation ServerCountEvaluator into "
                        + "CapacityPlanner.search(evaluator, target, minServers, maxServers)");
            }
            return c -> Evaluation.of(c <= offeredLoad() ? unstable(c) : Estimate.of(
                    new MMc(arrivalRate, 1 / meanService, c).responsePercentile(p.q()),
                    "M/M/c response CDF, closed form + Brent (exact)"));
        }
        if (target instanceof Target.WaitProbabilityAtMost) {
            String method = exponential() ? "Erlang C (exact)"
                    : "Erlang C (approximation for SCV " + serviceScv + "; exact only for c = 1)";
            return c -> Evaluation.of(c <= offeredLoad() ? unstable(c)
                    : Estimate.of(ErlangC.waitProbability(c, offeredLoad()), c == 1 ? "P(wait) = rho (exact)" : method));
        }
        Target.RejectionProbabilityAtMost r = (Target.RejectionProbabilityAtMost) target;
        return c -> {
            if (c == r.capacity()) {
                return Evaluation.of(Estimate.of(ErlangB.blockingProbability(c, offeredLoad()),
                        "Erlang B, insensitive (exact)"));
            }
            double b = new MMcK(arrivalRate, 1 / meanService, c, r.capacity()).blockingProbability();
            return Evaluation.of(Estimate.of(b, exponential() ? "M/M/c/K (exact)"
                    : "M/M/c/K (approximation: exponential service assumed, SCV " + serviceScv + " ignored)"));
        };
    }

    /** The smallest c meeting the target, by {@link #search} with this planner's analytic evaluator. */
    public Plan plan(Target target) {
        Check.notNull("target", target);
        if (target instanceof Target.MeanResponseAtMost m && m.seconds() <= meanService) {
            throw Check.fail("seconds", m.seconds(), "no server count meets it: even without waiting the mean "
                    + "response is E[S] = " + meanService, "relax the target or speed up service");
        }
        if (target instanceof Target.ResponsePercentileAtMost p && exponential()
                && p.seconds() <= -Math.log1p(-p.q()) * meanService) {
            throw Check.fail("seconds", p.seconds(), "no server count meets it: the service time alone has that "
                    + "percentile at " + (-Math.log1p(-p.q()) * meanService), "relax the target or speed up service");
        }
        if (target instanceof Target.RejectionProbabilityAtMost r) {
            return search(evaluator(target), target, 1, r.capacity());
        }
        return search(evaluator(target), target, stabilityMinimum(), stabilityMinimum() + MAX_EXTRA_SERVERS);
    }

    /**
     * Linear scan c = minServers, minServers + 1, ... until the evaluation meets the target; valid for any evaluator
     * whose metric is non-increasing in c (exact, approximate or simulated).
     */
    public static Plan search(ServerCountEvaluator evaluator, Target target, int minServers, int maxServers) {
        Check.notNull("evaluator", evaluator);
        Check.notNull("target", target);
        Check.atLeast("minServers", minServers, 1);
        Check.atLeast("maxServers", maxServers, minServers);
        Evaluation previous = null;
        for (int c = minServers; c <= maxServers; c++) {
            Evaluation e = evaluator.evaluate(c);
            if (e.meets(target.threshold())) {
                return new Plan(c, e, Optional.ofNullable(previous), target.describe(),
                        "linear scan from " + minServers + " (metric non-increasing in c)");
            }
            previous = e;
        }
        throw Check.fail("target", target.describe(), "no server count in [" + minServers + ", " + maxServers
                + "] meets it; at c = " + maxServers + " the value is " + previous, "relax the target");
    }

    /** One point of the hockey-stick curve. */
    public record CurvePoint(double utilization, double arrivalRate, Estimate meanResponse) {}

    /**
     * Mean response against utilisation rho for a fixed c (lambda = rho c / E[S]), same service; rho &gt;= 1 gives
     * an explicit infinite point.
     */
    public List<CurvePoint> utilizationCurve(int servers, double... utilizations) {
        Check.atLeast("servers", servers, 1);
        Check.notNull("utilizations", utilizations);
        List<CurvePoint> out = new ArrayList<>(utilizations.length);
        for (double rho : utilizations) {
            Check.positive("utilization", rho);
            double lambda = rho * servers / meanService;
            CapacityPlanner at = new CapacityPlanner(lambda, meanService, serviceScv);
            Estimate t = at.evaluator(new Target.MeanResponseAtMost(1)).evaluate(servers).estimate();
            out.add(new CurvePoint(rho, lambda, t));
        }
        return out;
    }
}
