package brokerlab.model;

import brokerlab.experiment.Metric;

import brokerlab.experiment.Estimates;

import brokerlab.dist.Exponential;
import brokerlab.dist.Deterministic;
import brokerlab.dist.Hyperexponential;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.*;

class StationTest {

    private static void assertInside(double exact, ConfidenceInterval ci, String what) {
        assertTrue(ci.contains(exact), () -> what + ": exact " + exact + " outside " + ci);
    }

    @Test
    void meanWaitMatchesErlangCWithinCiOnBothEngines() {
        Station s = Station.mmc(0.2, 0.1, 3);
        // a = lambda/mu = 2, C(3, 2) = (8/6 * 3) / (1 + 2 + 2 + 4) = 4/9, Wq = (4/9) / (0.3 - 0.2) = 4.444...
        double exact = (4.0 / 9) / (3 * 0.1 - 0.2);
        assertEquals(exact, Exact.mmcWait(0.2, 0.1, 3), 1e-12);
        Estimates<StationRun> fast = s.simulate().customers(100_000).replications(20).seed(42).run();
        assertEquals(Engine.RECURSION, fast.runs().get(0).engine());
        assertInside(exact, fast.get(Metric.MEAN_WAIT), "recursion Wq");
        assertInside(4.0 / 9, fast.get(Metric.WAIT_PROBABILITY), "recursion P(wait)");
        assertInside(2.0 / 3, fast.get(Metric.UTILIZATION), "recursion utilisation");           // rho = a / c
        assertInside(0.2 * exact, fast.get(Metric.MEAN_QUEUE_LENGTH), "recursion Lq");           // Lq = lambda Wq (Little)
        Estimates<StationRun> events = s.engine(Engine.EVENTS).simulate().customers(50_000).replications(20).seed(42).run();
        assertEquals(Engine.EVENTS, events.runs().get(0).engine());
        assertInside(exact, events.get(Metric.MEAN_WAIT), "events Wq");
        assertInside(exact + 10, events.get(Metric.MEAN_RESPONSE), "events W");                  // W = Wq + 1/mu
    }

    @Test
    void lossSystemBlockingAndResponseMatchBirthDeathFormula() {
        // M/M/2/5 with lambda = 1, mu = 0.5: a = 2, p_n from the balance equations; Little with lambda(1 − p_K).
        double[] p = Exact.mmck(1.0, 0.5, 2, 5);
        double l = 0;
        for (int n = 0; n <= 5; n++) l += n * p[n];
        double blocking = p[5];
        double response = l / (1.0 * (1 - blocking));
        Estimates<StationRun> e = Station.mmck(1.0, 0.5, 2, 5).simulate().customers(50_000).replications(20).seed(7).run();
        assertEquals(Engine.EVENTS, e.runs().get(0).engine());
        assertInside(blocking, e.get(Metric.REJECTION_PROBABILITY), "P(block)");
        assertInside(response, e.get(Metric.MEAN_RESPONSE), "W");
        assertInside(l, e.get(Metric.MEAN_NUMBER_IN_SYSTEM), "L");
    }

    @Test
    void processorSharingMm1ResponseIsOneOverMuMinusLambda() {
        // M/M/1-PS: E[T] = 1/(mu − lambda) = 1/0.3
        Estimates<StationRun> e = Station.mm1(0.7, 1.0).processorSharing().simulate().customers(50_000).replications(20).seed(3).run();
        assertInside(1 / 0.3, e.get(Metric.MEAN_RESPONSE), "M/M/1-PS E[T]");
    }

    @Test
    void processorSharingIsInsensitiveToAHeavyTailedDemand() {
        // M/G/1-PS: E[T] = E[S]/(1 − rho) whatever the distribution; Lomax alpha = 2.5 (SCV 5), E[S] = 1, rho = 0.5 ⇒ 2.
        var lomax = new brokerlab.dist.Lomax(2.5, 1.0);
        Estimates<StationRun> e = Station.of(new Exponential(0.5), lomax, 1, 0, Discipline.PS)
                .simulate().customers(50_000).replications(20).seed(5).run();
        assertInside(2.0, e.get(Metric.MEAN_RESPONSE), "M/G/1-PS E[T]");
        assertFalse(e.runs().get(0).heavyTailed());
    }

    @Test
    void meanWaitMatchesPollaczekKhinchineForHyperexponentialService() {
        // M/H2/1, E[S] = 1, SCV 4 ⇒ E[S²] = 5; lambda = 0.5: Wq = lambda E[S²] / (2 (1 − rho)) = 2.5
        Hyperexponential h2 = new Hyperexponential(1.0, 4.0);
        double exact = 0.5 * h2.secondMoment() / (2 * (1 - 0.5));
        assertEquals(2.5, exact, 1e-9);
        Estimates<StationRun> e = Station.of(new Exponential(0.5), h2, 1).simulate().customers(200_000).replications(20).seed(11).run();
        assertInside(exact, e.get(Metric.MEAN_WAIT), "M/H2/1 Wq");
    }

    @Test
    void meanWaitMatchesPollaczekKhinchineForDeterministicService() {
        // M/D/1, D = 1, lambda = 0.5: Wq = lambda D² / (2 (1 − rho)) = 0.5
        Estimates<StationRun> e = Station.of(new Exponential(0.5), new Deterministic(1.0), 1).simulate()
                .customers(100_000).replications(20).seed(13).run();
        assertInside(0.5, e.get(Metric.MEAN_WAIT), "M/D/1 Wq");
    }

    @Test
    void moreServersNeverIncreaseFcfsMeanWait() {
        // Same seed ⇒ same arrivals and demands; for FCFS G/G/c every customer's wait is non-increasing in c,
        // so the mean is too, exactly (not just statistically).
        Hyperexponential h2 = new Hyperexponential(1.0, 3.0);
        double previous = Double.POSITIVE_INFINITY;
        for (int c = 1; c <= 6; c++) {
            double w = Station.of(new Exponential(0.9), h2, c).simulate().customers(20_000).seed(17).runOnce().meanWait();
            assertTrue(w <= previous, "c = " + c + ": Wq " + w + " > " + previous);
            previous = w;
        }
        assertTrue(previous < 1e-3, "six servers at load 0.9 should hardly queue: " + previous);
    }

    @Test
    void sameSeedGivesIdenticalEstimatesOnOneThreadAndOnMany() throws Exception {
        var plan = Station.mmc(3.6, 1.0, 4).simulate().customers(5_000).replications(8).seed(99);
        var events = Station.mmck(3.6, 1.0, 4, 8).simulate().customers(5_000).replications(8).seed(99);
        assertEquals(plan.threads(1).run().runs(), plan.threads(4).run().runs());
        assertEquals(events.threads(1).run().runs(), events.threads(4).run().runs());
    }

    @Test
    void rejectsUnstableLoadNamingUtilisation() {
        // rho = 0.3 / (3 * 0.1) = 1
        var e = assertThrows(IllegalArgumentException.class, () -> Station.mmc(0.3, 0.1, 3));
        assertTrue(e.getMessage().contains("utilisation 1.000 >= 1: the queue is unstable"), e.getMessage());
    }

    @Test
    void rejectsBadRatesServersAndCapacityNamingTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Station.mmc(-1, 1, 1)).getMessage().contains("arrivalRate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Station.mmc(1, -2, 2)).getMessage().contains("serviceRate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Station.mmc(0.1, 1, 0)).getMessage().contains("servers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Station.mmck(1, 1, 3, 2)).getMessage().contains("capacity"));
    }

    @Test
    void anOverloadedStationIsAllowedWithAFiniteBuffer() {
        // rho = 2: M/M/1/3 with lambda = 2, mu = 1: p_n ∝ 2^n ⇒ p_3 = 8/15
        Estimates<StationRun> e = Station.mmck(2, 1, 1, 3).simulate().customers(20_000).replications(10).seed(1).run();
        assertInside(8.0 / 15, e.get(Metric.REJECTION_PROBABILITY), "M/M/1/3 blocking");
    }

    @Test
    void forcingTheRecursionOnALossSystemIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Station.mmck(1, 1, 1, 3).engine(Engine.RECURSION));
        assertTrue(e.getMessage().contains("RECURSION"), e.getMessage());
    }

    @Test
    void flagsInfiniteServiceVariance() {
        var heavy = new brokerlab.dist.Lomax(1.8, 1.0);
        StationRun r = Station.of(new Exponential(0.3), heavy, 1).simulate().customers(1_000).runOnce();
        assertTrue(r.heavyTailed());
    }
}
