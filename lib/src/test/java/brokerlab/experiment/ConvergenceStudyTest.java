package brokerlab.experiment;

import brokerlab.dist.Exponential;
import brokerlab.model.Station;
import brokerlab.model.StationRun;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ConvergenceStudyTest {
    private static final Metric X = Metric.of("x", "", Metric.Kind.MEAN);

    /**
     * Replication r of length n measures level(n) + (r - 1.5) / 100: four replications spread ±0.015 around
     * level(n), so every step has the t interval level(n) ± t(0.975, 3) s / 2 with s = 0.0129 (half-width 0.0205).
     */
    private static Model<Measurements> drifting(java.util.function.LongToDoubleFunction level) {
        return new Model<>() {
            @Override public Measurements run(RunLength length, long seed, int r) {
                long n = length.inCustomers(1).measured();
                return Measurements.builder().put(X, level.applyAsDouble(n) + (r - 1.5) / 100).build();
            }
            @Override public String describe() { return "drifting"; }
        };
    }

    private static final RunPlan PLAN = RunPlan.defaults().length(RunLength.customers(1000)).replications(4).seed(1);

    @Test
    void aConstantEstimateSettlesAtTheThirdLengthAndStopsThere() {
        Convergence<Measurements> c = ConvergenceStudy.of(PLAN).doublings(6).watch(X).run(drifting(n -> 10));
        assertEquals(3, c.steps().size(), "settled at step 2 (two unmoved doublings), so no fourth length");
        assertTrue(c.settled(X));
        assertEquals(2, c.firstSettled(X));
        assertEquals(List.of(1000L, 2000L, 4000L), List.of(c.customers(0), c.customers(1), c.customers(2)));
        assertEquals(0.0, c.moved(X, 2), 1e-15);
    }

    @Test
    void anEstimateThatKeepsMovingNeverSettlesAndRunsEveryDoubling() {
        // level 10 log2(n): each doubling moves it by 10, far more than the 0.02 half-width
        Convergence<Measurements> c = ConvergenceStudy.of(PLAN).doublings(4).watch(X)
                .run(drifting(n -> 10 * Math.log(n) / Math.log(2)));
        assertEquals(5, c.steps().size());
        assertFalse(c.settled(X));
        assertEquals(-1, c.firstSettled(X));
        Table t = c.table(X);
        assertEquals(List.of("customers", "metric", "estimate", "lower", "upper", "method", "moved", "settled"), t.columnNames());
        assertEquals(5, t.rowCount());
        assertEquals(16000L, t.longColumn("customers").get(4));
        assertEquals(10 / (10 * Math.log(16000) / Math.log(2)), t.doubleColumn("moved").get(4), 1e-3);
    }

    @Test
    void aSmallMoveWithAWideIntervalIsNotSettledWhenTheIntervalExceedsTheTolerance() {
        // a constant 0.1: the 0.0205 half-width is 20% of it, above the default 10% tolerance, below a 30% one
        assertFalse(ConvergenceStudy.of(PLAN).doublings(3).run(drifting(n -> 0.1)).settled(X));
        assertTrue(ConvergenceStudy.of(PLAN).doublings(3).tolerance(0.3).run(drifting(n -> 0.1)).settled(X));
    }

    @Test
    void aSweepGivesOneSummaryRowPerPointWithTheLongestRun() {
        var grid = Sweep.over("rho", 0.5, 0.8);
        var plan = RunPlan.defaults().length(RunLength.customers(20_000)).replications(4).seed(7);
        var result = ConvergenceStudy.of(plan).doublings(2).sweep(grid,
                p -> Station.mmc(p.get("rho"), 1, 1), Progress.NONE);
        Table s = result.summary(Metric.MEAN_RESPONSE);
        assertEquals(List.of("rho", "customers", "mean_response", "mean_response_lo", "mean_response_hi",
                "mean_response_moved", "mean_response_settled"), s.columnNames());
        assertEquals(2, s.rowCount());
        assertEquals(80_000L, s.longColumn("customers").get(0));
        // M/M/1 at rho = 0.5: E[T] = 1 / (1 - 0.5) = 2, inside the longest run's interval
        assertTrue(result.traces().get(0).last().get(Metric.MEAN_RESPONSE).contains(2.0),
                result.traces().get(0).last().get(Metric.MEAN_RESPONSE).toString());
        // the same estimates as one experiment at the longest length
        Estimates<StationRun> direct = Experiment.of(Station.mmc(0.8, 1, 1)).plan(plan.length(RunLength.customers(80_000))).run();
        assertEquals(direct.runs(), result.last().at(1).runs());
        Table steps = result.steps(Metric.MEAN_RESPONSE);
        assertEquals(6, steps.rowCount());
        assertEquals(0.8, steps.doubleColumn("rho").get(5));
    }

    @Test
    void badPlansAreRefusedWithTheFix() {
        var time = assertThrows(IllegalArgumentException.class,
                () -> ConvergenceStudy.of(RunPlan.defaults().length(RunLength.time(1, 100))));
        assertTrue(time.getMessage().contains("RunLength.customers"), time.getMessage());
        var one = assertThrows(IllegalArgumentException.class,
                () -> ConvergenceStudy.of(PLAN.replications(1)));
        assertTrue(one.getMessage().contains("replications"), one.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConvergenceStudy.of(PLAN).doublings(-1));
        assertNotNull(new Exponential(1));
    }
}
