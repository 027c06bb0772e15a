package brokerlab.experiment;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SweepTest {

    record Mm1(double meanWait, double utilisation, String label) {}

    @Test
    void oneRowPerValueAndOneColumnPerRecordComponentInOrder() {
        // M/M/1 with mu = 1: Wq = rho / (1 - rho): 1, 4, 9 for rho = 0.5, 0.8, 0.9.
        Table t = Sweep.over("rho", 0.5, 0.8, 0.9).run(rho -> new Mm1(rho / (1 - rho), rho, "ignored"));
        assertEquals(List.of("rho", "meanWait", "utilisation"), t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals(0.8, t.doubleColumn("rho").get(1), 0.0);
        assertEquals(4.0, t.doubleColumn("meanWait").get(1), 1e-12);
        assertEquals(9.0, t.doubleColumn("meanWait").get(2), 1e-12);
    }

    @Test
    void unorderedMapsGiveSortedColumnsSoRunsAreReproducible() {
        Table t = Sweep.over("c", 1, 2).run(c -> Map.of("zeta", c, "alpha", 2 * c));
        assertEquals(List.of("c", "alpha", "zeta"), t.columnNames());
        assertEquals(4.0, t.doubleColumn("alpha").get(1), 0.0);
    }

    @Test
    void differentMetricNamesAtSomePointAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Sweep.over("x", 1, 2).run(x -> x < 1.5 ? Map.of("a", 1.0) : Map.of("b", 1.0)));
        assertTrue(e.getMessage().contains("x = 2.0"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyOrNonFiniteSweep() {
        var e = assertThrows(IllegalArgumentException.class, () -> Sweep.over("rho"));
        assertTrue(e.getMessage().contains("values"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> Sweep.over("rho", 0.5, Double.NaN));
        assertTrue(e2.getMessage().contains("values[1]"), e2.getMessage());
    }

    @Test
    void progressCountsEveryPoint() {
        long[] last = new long[1];
        Sweep.over("x", 1, 2, 3, 4).run(x -> Map.of("y", x), (done, total, msg) -> last[0] = done);
        assertEquals(4, last[0]);
    }

    /** A model whose only metric is a mean of exponentials with mean {@code m}: E = m, independent of the length. */
    private static Model<Measurements> meanOf(double m) {
        if (!(m > 0)) throw new IllegalArgumentException("m = " + m + " is invalid: it must be > 0");
        return new Model<>() {
            @Override public Measurements run(RunLength length, long seed, int r) {
                var s = brokerlab.random.RandomStream.of(seed, r, brokerlab.random.RandomStream.SERVICE);
                long n = length.inCustomers(1).measured();
                double sum = 0;
                for (long i = 0; i < n; i++) sum += m * s.nextExponential();
                return Measurements.builder().put(Metric.MEAN_WAIT, sum / n).build();
            }
            @Override public String describe() { return "mean of exponentials, m = " + m; }
        };
    }

    @Test
    void aGridIsTheCartesianProductWithTheFirstParameterSlowest() {
        var points = Sweep.over("a", 1, 2).and("b", 10, 20, 30).points();
        assertEquals(6, points.size());
        assertEquals("a = 1, b = 30", points.get(2).toString());
        assertEquals(2.0, points.get(3).get("a"));
        assertEquals(10, points.get(3).integer("b"));
    }

    @Test
    void anExperimentSweepEqualsOneExperimentPerPointAtAnyThreadCount() {
        var plan = RunPlan.defaults().length(RunLength.customers(0, 500)).replications(4).seed(3);
        var sweep = Sweep.over("m", 1, 2).and("k", 1, 3);
        SweepResult<Measurements> one = sweep.experiment(p -> meanOf(p.get("m") * p.get("k")), plan.threads(1));
        SweepResult<Measurements> many = sweep.experiment(p -> meanOf(p.get("m") * p.get("k")), plan.threads(3));
        for (int i = 0; i < 4; i++) {
            double m = one.points().get(i).get("m") * one.points().get(i).get("k");
            assertEquals(Experiment.of(meanOf(m)).plan(plan).run().runs(), one.at(i).runs());
            assertEquals(one.at(i).runs(), many.at(i).runs());
        }
        Table t = one.table(Metric.MEAN_WAIT);
        assertEquals(List.of("m", "k", "mean_wait", "mean_wait_lo", "mean_wait_hi"), t.columnNames());
        assertEquals(6.0, t.doubleColumn("mean_wait").get(3), 1.0, "m = 2, k = 3: mean 6 within noise");
    }

    @Test
    void ratiosDivideEachEstimateAndItsIntervalByThePointsReference() {
        var plan = RunPlan.defaults().length(RunLength.customers(0, 200)).replications(3).seed(5);
        SweepResult<Measurements> r = Sweep.over("m", 1, 4).experiment(p -> meanOf(p.get("m")), plan);
        Table t = r.ratios(java.util.Map.of(Metric.MEAN_WAIT, p -> 2 * p.get("m")));
        assertEquals(List.of("m", "mean_wait_ratio", "mean_wait_ratio_lo", "mean_wait_ratio_hi", "mean_wait_method"), t.columnNames());
        for (int i = 0; i < 2; i++) {
            var ci = r.at(i).get(Metric.MEAN_WAIT);
            double reference = 2 * r.points().get(i).get("m");
            assertEquals(ci.estimate() / reference, t.doubleColumn("mean_wait_ratio").get(i), 1e-15);
            assertEquals(ci.lower() / reference, t.doubleColumn("mean_wait_ratio_lo").get(i), 1e-15);
            assertEquals(ci.upper() / reference, t.doubleColumn("mean_wait_ratio_hi").get(i), 1e-15);
            assertEquals("t", t.stringColumn("mean_wait_method").get(i));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> r.ratios(java.util.Map.of(Metric.MEAN_WAIT, p -> 0.0)));
        assertTrue(e.getMessage().contains("reference of mean_wait at m = 1"), e.getMessage());
    }

    @Test
    void aBadPointFailsBeforeAnyTaskRunsAndIsNamed() {
        int[] runs = {0};
        var e = assertThrows(IllegalArgumentException.class, () -> Sweep.over("m", 1, 0).experiment(p -> {
            runs[0]++;
            return meanOf(p.get("m"));
        }, RunPlan.defaults()));
        assertTrue(e.getMessage().startsWith("at m = 0: m = 0.0 is invalid"), e.getMessage());
        assertEquals(2, runs[0], "both models built, no task run");
    }
}
