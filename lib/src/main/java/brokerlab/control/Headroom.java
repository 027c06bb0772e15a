package brokerlab.control;

import brokerlab.analytic.capacity.CapacityPlanner;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * How much more load a planned server count absorbs: the largest arrival rate at which the planner's formula
 * still meets the target with {@code servers} servers. Every metric the planner uses grows with the arrival rate,
 * so bisection between today's rate (met) and the stability limit c / E[S] (never met) finds it.
 *
 * @param arrivalRate the largest arrival rate still meeting the target, to 1e-9 relative
 */
public record Headroom(double arrivalRate) {

    public static Headroom of(double arrivalRate, Distribution service, Target target, int servers) {
        Check.positive("arrivalRate", arrivalRate);
        Check.notNull("service", service);
        Check.notNull("target", target);
        if (!meets(arrivalRate, service, target, servers)) {
            throw Check.fail("servers", servers, "they do not meet " + target.describe() + " at today's arrival rate",
                    "plan first, then ask for the headroom of the planned count");
        }
        double lo = arrivalRate, hi = servers / service.mean();
        while (hi - lo > 1e-9 * hi) {
            double mid = (lo + hi) / 2;
            if (meets(mid, service, target, servers)) lo = mid; else hi = mid;
        }
        return new Headroom(lo);
    }

    private static boolean meets(double lambda, Distribution service, Target target, int servers) {
        return new CapacityPlanner(lambda, service.mean(), service.scv()).evaluator(target).evaluate(servers)
                .meets(target.threshold());
    }
}
