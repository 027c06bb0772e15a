package brokerlab.model;

import brokerlab.experiment.Metric;

import brokerlab.experiment.RunLength;

import brokerlab.dist.Exponential;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SizeIntervalFarmTest {

    @Test
    void oneServerReproducesTheFcfsRecursionDrawForDraw() {
        // no cutoff: a single FCFS queue fed by the same ARRIVALS and SERVICE streams in the same order as M/M/1
        var sita = new SizeIntervalFarm(new Exponential(0.8), new Exponential(1)).run(RunLength.customers(1000, 20_000), 7, 0);
        var mm1 = Station.mm1(0.8, 1).engine(Engine.RECURSION).run(RunLength.customers(1000, 20_000), 7, 0);
        assertEquals(mm1.meanResponse(), sita.meanResponse(), 1e-9);
        assertEquals(mm1.p99Response(), sita.p99Response(), 1e-9);
        assertEquals(mm1.meanNumberInSystem(), sita.meanNumberInSystem(), 1e-6 * mm1.meanNumberInSystem());
    }

    @Test
    void meanResponseMatchesTheExactSitaValueWithinCi() {
        // Exp(1) sizes, lambda = 0.8, cutoff 1; exact E[T] from the closed-form partial moments
        // (brokerlab.analytic.SizeIntervalAssignmentTest#exactTwoServerExponential): 0.632*T0 + 0.368*T1
        double x = 1, lambda = 0.8, e = Math.exp(-x);
        double p0 = 1 - e, m0 = (1 - e * (1 + x)) / p0, s0 = (2 - e * (x * x + 2 * x + 2)) / p0;
        double m1 = x + 1, s1 = x * x + 2 * x + 2, l0 = lambda * p0, l1 = lambda * e;
        double exact = p0 * (m0 + l0 * s0 / (2 * (1 - l0 * m0))) + e * (m1 + l1 * s1 / (2 * (1 - l1 * m1)));
        var est = new SizeIntervalFarm(new Exponential(lambda), new Exponential(1), x).simulate()
                .customers(60_000).replications(20).seed(42).run();
        assertTrue(est.get(Metric.MEAN_RESPONSE).contains(exact), () -> "exact " + exact + " outside " + est.get(Metric.MEAN_RESPONSE));
        // utilisation = lambda E[S] / c = 0.4; Little's law holds on the measured time averages
        assertTrue(est.get(Metric.UTILIZATION).contains(0.4), est.get(Metric.UTILIZATION).toString());
        assertTrue(est.get(Metric.LITTLE_RELATIVE_ERROR).estimate() < 0.02, est.get(Metric.LITTLE_RELATIVE_ERROR).toString());
    }

    @Test
    void lomaxSitaEMatchesThePerIntervalPollaczekKhinchineValueWithinCi() {
        // Lomax(alpha = 4.5, mean 0.1): finite third moment, so the simulated mean converges at the usual rate.
        // Four servers, SITA-E cutoffs, lambda = 34 (rho = 0.85); the exact value comes from the analytic SITA class,
        // whose partial moments are checked in closed form for exponential sizes in SizeIntervalAssignmentTest.
        var lomax = new brokerlab.dist.Lomax(4.5, 0.1);
        double[] cut = brokerlab.analytic.SizeIntervalAssignment.equalLoadCutoffs(lomax, 4);
        double exact = new brokerlab.analytic.SizeIntervalAssignment(34, lomax, cut).meanResponse().value();
        var est = new SizeIntervalFarm(new Exponential(34), lomax, cut).simulate().customers(150_000).replications(12).seed(11).run();
        assertTrue(est.get(Metric.MEAN_RESPONSE).contains(exact), () -> "exact " + exact + " outside " + est.get(Metric.MEAN_RESPONSE));
    }

    @Test
    void routesBySizeInterval() {
        var farm = new SizeIntervalFarm(new Exponential(1), new Exponential(1), 0.5, 2.0);
        assertEquals(0, farm.serverFor(0.49));
        assertEquals(1, farm.serverFor(0.5));   // cutoffs are inclusive below: [0.5, 2)
        assertEquals(2, farm.serverFor(2.0));
        assertEquals(3, farm.servers());
    }

    @Test
    void sameSeedSameNumbers() {
        var farm = new SizeIntervalFarm(new Exponential(1.5), new Exponential(1), 1.0);
        assertEquals(farm.run(RunLength.customers(100, 5000), 3, 2), farm.run(RunLength.customers(100, 5000), 3, 2));
    }

    @Test
    void aLomaxTailWithIndexAtMostThreeMakesTheLastServersWaitsHeavyTailed() {
        // the last interval keeps the Lomax tail: alpha = 2.5 gives E[D^3] = inf, so the runner must report medians
        var farm = new SizeIntervalFarm(new Exponential(1.2), new brokerlab.dist.Lomax(2.5, 1), 1.0);
        assertTrue(farm.run(RunLength.customers(2_000), 1, 0).infiniteVariance(Metric.MEAN_WAIT));
        var light = new SizeIntervalFarm(new Exponential(1.2), new brokerlab.dist.Lomax(4.5, 1), 1.0);
        assertFalse(light.run(RunLength.customers(2_000), 1, 0).infiniteVariance(Metric.MEAN_WAIT));
    }

    @Test
    void rejectsDecreasingCutoffs() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SizeIntervalFarm(new Exponential(1), new Exponential(1), 2.0, 1.0));
        assertTrue(e.getMessage().contains("cutoffs"), e.getMessage());
    }
}
