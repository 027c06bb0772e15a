package brokerlab.model;

import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distributions;
import brokerlab.dist.Exponential;
import brokerlab.dist.Lomax;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PlansTest {

    @Test
    void lomaxP99PlanMeetsTheTargetAndOneFewerServerMissesItClearly() {
        // lambda = 5.5 /s, Lomax alpha = 2.5 with E[S] = 1 s (SCV 5): a = 5.5, so the scan starts at c = 6
        // (rho = 0.917). The service alone has p99 = 1.5 (100^0.4 - 1) = 7.96 s, so a p99 target of 12 s is
        // reachable but needs enough servers that queueing stops dominating the tail.
        Lomax service = Distributions.lomax(2.5, 1);
        assertEquals(1.5 * (Math.pow(100, 0.4) - 1), service.quantile(0.99), 1e-9);
        var arrival = new Exponential(5.5);
        var target = new Target.ResponsePercentileAtMost(0.99, 12);
        Plan plan = Plans.bySimulation(arrival, service, target, 100_000, 8, 42);
        int c = plan.servers();
        ConfidenceInterval met = plan.achieved().confidenceInterval().orElseThrow();
        ConfidenceInterval missed = plan.oneFewer().orElseThrow().confidenceInterval().orElseThrow();
        assertTrue(met.upper() <= 12, () -> "c = " + c + " " + met);
        assertTrue(missed.lower() > 12, () -> "c - 1 must miss beyond noise: " + missed);
        // Independent confirmation with other random numbers (different seed, longer runs).
        var check = new SimulatedServerCount(arrival, service, target, 150_000, 8, 20_261_121);
        ConfidenceInterval atC = check.evaluate(c).confidenceInterval().orElseThrow();
        ConfidenceInterval atCMinus1 = check.evaluate(c - 1).confidenceInterval().orElseThrow();
        assertTrue(atC.upper() <= 12, () -> "recheck at c = " + c + ": " + atC);
        assertTrue(atCMinus1.lower() > 12, () -> "recheck at c - 1 = " + (c - 1) + ": " + atCMinus1);
    }

    @Test
    void exponentialServiceSimulatedPlansEqualTheExactErlangCPlans() {
        // lambda = 9, E[S] = 1 (a = 9). Erlang C: C(11, 9) = 0.4305, C(12, 9) = 0.2660, C(13, 9) = 0.1575.
        // Mean response 1 + C/(c - 9): c = 11 -> 1.215, c = 12 -> 1.089, so target 1.15 needs c = 12.
        // P(wait) = C: target 0.35 needs c = 12. p99 response (closed form, MMc): c = 10 -> 6.25, c = 11 -> 4.96,
        // so target 5.5 needs c = 11. Each threshold sits at least 0.06 (over 5 CI half-widths) from both values.
        var arrival = new Exponential(9);
        var service = new Exponential(1);
        Target[] targets = {new Target.MeanResponseAtMost(1.15), new Target.WaitProbabilityAtMost(0.35),
                new Target.ResponsePercentileAtMost(0.99, 5.5)};
        int[] derived = {12, 12, 11};
        for (int i = 0; i < targets.length; i++) {
            Plan exact = Plans.byTheory(9, service, targets[i]);
            Plan simulated = Plans.bySimulation(arrival, service, targets[i], 100_000, 8, 42);
            assertEquals(derived[i], exact.servers(), targets[i].describe());
            assertEquals(exact.servers(), simulated.servers(), () -> "simulated " + simulated + " vs exact " + exact);
            assertTrue(simulated.oneFewer().isPresent(), targets[i].describe());
        }
    }

    @Test
    void rejectionPlanScansFromOneServerAndEqualsTheMMcKPlan() {
        // M/M/c/20, lambda = 10, mu = 1: P(reject) (Exact.mmck p_K) is 0.068 at c = 10 and 0.036 at c = 11,
        // so a 5% target needs c = 11.
        assertTrue(Exact.mmck(10, 1, 10, 20)[20] > 0.06 && Exact.mmck(10, 1, 11, 20)[20] < 0.04);
        var target = new Target.RejectionProbabilityAtMost(0.05, 20);
        Plan simulated = Plans.bySimulation(new Exponential(10), new Exponential(1), target, 40_000, 6, 42);
        assertEquals(11, simulated.servers(), simulated::toString);
        assertEquals(Plans.byTheory(10, new Exponential(1), target).servers(), simulated.servers());
    }

    @Test
    void defaultScanLimitFollowsSquareRootStaffing() {
        // a = 9: floor(9) + 1 + 20 + 10 * ceil(3) = 60
        assertEquals(60, Plans.defaultMaxServers(9));
    }

    @Test
    void unreachableTargetsAndBadLimitsFailNamingTheParameter() {
        // p99 <= 5 s is below the Lomax service's own p99 (7.96 s): no c meets it within the limit.
        var unreachable = assertThrows(IllegalArgumentException.class, () -> Plans.bySimulation(new Exponential(2),
                Distributions.lomax(2.5, 1), new Target.ResponsePercentileAtMost(0.99, 5), 2_000, 2, 1, 5));
        assertTrue(unreachable.getMessage().contains("target"), unreachable.getMessage());
        var tooMany = assertThrows(IllegalArgumentException.class, () -> Plans.bySimulation(new Exponential(10),
                new Exponential(1), new Target.RejectionProbabilityAtMost(0.05, 20), 1_000, 2, 1, 21));
        assertTrue(tooMany.getMessage().contains("maxServers"), tooMany.getMessage());
    }
}
