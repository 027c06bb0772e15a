package brokerlab.analytic.capacity;

import brokerlab.analytic.Approximations;
import brokerlab.analytic.ErlangB;
import brokerlab.analytic.MMc;
import brokerlab.analytic.MMcK;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CapacityPlannerTest {
    private final CapacityPlanner mm = new CapacityPlanner(9, 1, 1);   // a = 9 erlangs, exponential service

    @Test
    void meanResponseTargetReturnsTheFirstCountThatMeetsIt() {
        Plan plan = mm.plan(new Target.MeanResponseAtMost(1.05));
        int c = plan.servers();
        assertTrue(new MMc(9, 1, c).meanResponse() <= 1.05);
        assertTrue(c - 1 <= 9 || new MMc(9, 1, c - 1).meanResponse() > 1.05, "c - 1 must fail");
        assertTrue(plan.oneFewer().isPresent() && !plan.oneFewer().get().meets(1.05));
        assertEquals(new MMc(9, 1, c).meanResponse(), plan.achieved().estimate().value(), 1e-12);
        assertTrue(plan.achieved().method().contains("exact"));
    }

    @Test
    void waitProbabilityTargetMatchesErlangC() {
        Plan plan = new CapacityPlanner(90, 1, 1).plan(new Target.WaitProbabilityAtMost(0.2));
        int c = plan.servers();
        assertTrue(new MMc(90, 1, c).waitProbability() <= 0.2);
        assertTrue(new MMc(90, 1, c - 1).waitProbability() > 0.2);
    }

    @Test
    void percentileTargetUsesTheExactMMcResponseDistribution() {
        Plan plan = mm.plan(new Target.ResponsePercentileAtMost(0.99, 5));
        int c = plan.servers();
        assertTrue(new MMc(9, 1, c).responsePercentile(0.99) <= 5);
        assertTrue(c - 1 <= 9 || new MMc(9, 1, c - 1).responsePercentile(0.99) > 5);
    }

    @Test
    void rejectionTargetScansFromOneServerUpToTheCapacity() {
        Plan plan = new CapacityPlanner(10, 1, 1).plan(new Target.RejectionProbabilityAtMost(0.01, 20));
        int c = plan.servers();
        assertTrue(new MMcK(10, 1, c, 20).blockingProbability() <= 0.01);
        assertTrue(new MMcK(10, 1, c - 1, 20).blockingProbability() > 0.01);
    }

    @Test
    void lossSystemUsesInsensitiveErlangBForAnyService() {
        // capacity 12, deterministic service: c = 12 means no waiting room, Erlang B is exact
        var e = new CapacityPlanner(10, 1, 0).evaluator(new Target.RejectionProbabilityAtMost(0.05, 12)).evaluate(12);
        assertEquals(ErlangB.blockingProbability(12, 10), e.estimate().value(), 1e-14);
        assertTrue(e.method().contains("insensitive"));
    }

    @Test
    void nonExponentialServiceUsesAndNamesTheBestApproximation() {
        Plan plan = new CapacityPlanner(9, 1, 0).plan(new Target.MeanResponseAtMost(1.05));
        assertEquals(Approximations.COSMETATOS, plan.achieved().method());
        assertEquals(Approximations.cosmetatos(9, 1, plan.servers()).value() + 1,
                plan.achieved().estimate().value(), 1e-12);
    }

    @Test
    void simulatedEvaluatorPlugsInAndIsJudgedByItsUpperConfidenceLimit() {
        // A stand-in for a simulation: the exact M/M/c value with a +-0.02 CI. The planner must not accept a c
        // whose upper limit exceeds the target, so it may need one more server than the exact evaluator.
        Target target = new Target.MeanResponseAtMost(1.05);
        ServerCountEvaluator noisy = c -> Evaluation.simulated(
                new ConfidenceInterval(new MMc(9, 1, c).meanResponse(), 0.02, 0.95, 30), "simulation (stand-in)");
        Plan plan = CapacityPlanner.search(noisy, target, 10, 100);
        int c = plan.servers();
        assertTrue(new MMc(9, 1, c).meanResponse() + 0.02 <= 1.05);
        assertTrue(new MMc(9, 1, c - 1).meanResponse() + 0.02 > 1.05);
        assertTrue(c >= mm.plan(target).servers());
        assertEquals("simulation (stand-in)", plan.achieved().method());
    }

    @Test
    void unstableCountsAreInfiniteNotNumbers() {
        Evaluation e = mm.evaluator(new Target.MeanResponseAtMost(2)).evaluate(9);
        assertFalse(e.estimate().isFinite());
        assertFalse(e.meets(1e9));
        assertEquals(10, mm.stabilityMinimum());
    }

    @Test
    void hockeyStickRisesAndEndsInAnExplicitInfinity() {
        var curve = mm.utilizationCurve(4, 0.5, 0.8, 0.95, 1.0);
        double r1 = curve.get(0).meanResponse().value();
        double r2 = curve.get(1).meanResponse().value();
        double r3 = curve.get(2).meanResponse().value();
        assertTrue(r1 < r2 && r2 < r3);
        assertEquals(new MMc(0.8 * 4, 1, 4).meanResponse(), r2, 1e-12);
        assertFalse(curve.get(3).meanResponse().isFinite());
    }

    @Test
    void unattainableTargetsFailWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> mm.plan(new Target.MeanResponseAtMost(1.0)));
        assertTrue(e.getMessage().contains("seconds") && e.getMessage().contains("E[S]"), e.getMessage());
        var p = assertThrows(IllegalArgumentException.class, () -> new CapacityPlanner(9, 1, 2)
                .plan(new Target.ResponsePercentileAtMost(0.99, 10)));
        assertTrue(p.getMessage().contains("serviceScv") && p.getMessage().contains("search"), p.getMessage());
        var r = assertThrows(IllegalArgumentException.class, () -> new CapacityPlanner(100, 1, 1)
                .plan(new Target.RejectionProbabilityAtMost(1e-6, 5)));
        assertTrue(r.getMessage().contains("target"), r.getMessage());
    }

    @Test
    void badInputNamesTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CapacityPlanner(-1, 1, 1)).getMessage().contains("arrivalRate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Target.ResponsePercentileAtMost(1, 1)).getMessage().contains("q"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CapacityPlanner.search(c -> null, new Target.MeanResponseAtMost(1), 0, 3)).getMessage().contains("minServers"));
    }
}
