package brokerlab.model;

import brokerlab.analytic.HeterogeneousServers;
import brokerlab.analytic.MDc;
import brokerlab.analytic.MMc;
import brokerlab.dist.Deterministic;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Coverage;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.experiment.RunPlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Are the intervals honest? Coverage of the runner's 95% intervals on cases with exact answers, over 200
 * independent experiments each: the cheap cases of notebook 01's coverage study (M/M/4 at rho = 0.5, mean wait and
 * p99 response; M/D/4; a heterogeneous farm against its CTMC). The heavily loaded cases (rho = 0.9 and 0.95 with
 * run-length control) cost minutes and live in the notebook's cached study (data/coverage-study.csv).
 *
 * <p>The band 90-98% (180..196 of 200) is issue 13's acceptance band; for honest intervals a count outside it has
 * probability about 1% (binomial(200, 0.95): P(X &lt; 180) = 0.0012, P(X &gt; 196) = 0.0090).
 */
class CoverageTest {
    private static final int EXPERIMENTS = 200;
    private static final RunPlan PLAN = RunPlan.defaults().length(RunLength.customers(20_000)).seed(500);

    private static void inBand(Coverage c) {
        assertTrue(c.covered() >= 180 && c.covered() <= 196, c.toString());
    }

    @Test
    void meanWaitIntervalsOfMm4AtHalfLoadCoverAboutNinetyFivePercent() {
        // M/M/4 at rho = 0.5: Wq from Erlang C; 100 experiments of 10 replications x 20,000 customers
        double exact = new MMc(2, 1, 4).meanWait();
        Coverage c = Coverage.of("M/M/4, rho = 0.5", Station.mmc(2, 1, 4), Metric.MEAN_WAIT, exact,
                RunPlan.defaults().length(RunLength.customers(20_000)).seed(500), 100);
        // binomial(100, 0.95): 88..99 holds with probability above 99.8%
        assertTrue(c.covered() >= 88 && c.covered() <= 99, c.toString());
        assertTrue(c.interval().contains(c.fraction()));
    }

    @Test
    void meanWaitAndP99ResponseOfMm4AtHalfLoadCoverNinetyToNinetyEightPercentOf200Experiments() {
        // M/M/4, lambda = 2, mu = 1: Erlang C gives Wq = 0.0870 and the response CDF's 99th percentile 4.764
        var exact = new MMc(2, 1, 4);
        List<Coverage> both = Coverage.of("M/M/4, rho = 0.5", Station.mmc(2, 1, 4),
                Map.of(Metric.MEAN_WAIT, exact.meanWait(), Metric.P99_RESPONSE, exact.responsePercentile(0.99)),
                PLAN, EXPERIMENTS, (d, t, m) -> { });
        assertEquals(List.of(Metric.MEAN_WAIT, Metric.P99_RESPONSE), both.stream().map(Coverage::metric).toList(),
                "in the order the station measures them");
        both.forEach(CoverageTest::inBand);
        assertEquals(20_000, both.get(0).measuredPerReplication(), 1e-9);
    }

    @Test
    void meanWaitOfMd4CoversTheExactCrommelinValueNinetyToNinetyEightPercentOf200Experiments() {
        // M/D/4 at rho = 0.8 (lambda = 3.2, D = 1): the embedded-chain solution is exact
        double exact = new MDc(3.2, 1, 4).meanWait();
        Coverage c = Coverage.of("M/D/4, rho = 0.8", Station.of(Exponential.withRate(3.2), new Deterministic(1), 4),
                Metric.MEAN_WAIT, exact, PLAN, EXPERIMENTS);
        inBand(c);
    }

    @Test
    void meanWaitOfAHeterogeneousFarmCoversItsCtmcValueNinetyToNinetyEightPercentOf200Experiments() {
        // speeds 2, 1, 1 with unit exponential demand: exponential servers of rates 2, 1, 1 behind the fastest free
        // server, whose exact mean wait is the CTMC of HeterogeneousServers; lambda = 2 gives load 0.5
        double exact = new HeterogeneousServers(2, 2, 1, 1).meanWait();
        Coverage c = Coverage.of("fastest free server, rates 2, 1, 1", ServerFarm.of(Exponential.withRate(2), Exponential.ofMean(1), 2, 1, 1),
                Metric.MEAN_WAIT, exact, PLAN, EXPERIMENTS);
        inBand(c);
    }

    @Test
    void aPrecisionTargetRunsEachExperimentThroughTheRunLengthControl() {
        // M/M/1 at rho = 0.8 from 2,000 customers: a 5% target on the mean wait needs several doublings, so the
        // final lengths, and their mean, exceed the initial 2,000 customers
        var plan = RunPlan.defaults().length(RunLength.customers(2_000)).seed(7).precision(RunPlan.Precision.of(0.05, Metric.MEAN_WAIT));
        Coverage c = Coverage.of("M/M/1, rho = 0.8", Station.mm1(0.8, 1), Map.of(Metric.MEAN_WAIT, 4.0), plan, 4, (d, t, m) -> { }).get(0);
        assertTrue(c.measuredPerReplication() > 2_000, c.toString() + ", " + c.measuredPerReplication());
        assertEquals(4, c.experiments());
    }

    @Test
    void aMetricTheModelDoesNotMeasureIsNamedInTheError() {
        var unknown = Metric.of("mean_latency", "s", Metric.Kind.MEAN);
        var e = assertThrows(IllegalArgumentException.class, () -> Coverage.of("M/M/1", Station.mm1(0.5, 1),
                Map.of(unknown, 1.0), RunPlan.defaults().length(RunLength.customers(100)), 1, (d, t, m) -> { }));
        assertTrue(e.getMessage().contains("mean_latency"), e.getMessage());
    }

    @Test
    void theExpectedRangeHoldsHonestCountsWithTheRequestedProbability() {
        // binomial(200, 0.95) by direct summation: P(X <= 180) = 0.0027 < 0.005 <= P(X <= 181);
        // P(X <= 196) = 0.9910 < 0.995 <= P(X <= 197) = 0.9977
        assertEquals(new Coverage.Range(181, 197), Coverage.expectedRange(200, 0.95, 0.99));
        var c = new Coverage("x", Metric.MEAN_WAIT, 1, 200, 180, 14, Double.NaN);
        assertFalse(c.consistentWith(0.95));
        assertEquals(6, c.missedHigh());
    }

    @Test
    void theTableHasOneRowPerCoverageWithItsClopperPearsonInterval() {
        var c = new Coverage("case", Metric.MEAN_WAIT, 2.5, 200, 190, 7, 20_000);
        var t = Coverage.table(List.of(c, c));
        assertEquals(2, t.rowCount());
        assertEquals(0.95, t.doubleColumn("coverage").get(0), 1e-12);
        assertEquals(c.interval().lower(), t.doubleColumn("coverage_lo").get(1), 1e-12);
        assertEquals(3, t.intColumn("missed_high").get(0));
    }
}
