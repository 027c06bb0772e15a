package brokerlab.model.network;

import brokerlab.analytic.MMc;
import brokerlab.dist.Deterministic;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.model.Slice;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.*;

class RetryStationTest {
    private static Estimates<Slice> step(Estimates<RetryRun> e, int k) {
        return Estimates.of(e.runs().stream().map(r -> r.step(k)).toList());
    }

    @Test
    void clientsThatNeverGiveUpSeeAnMmcQueueWhoseMeanResponseIsErlangC() {
        // M/M/2, lambda = 1.5, mu = 1: step 0 (2,000 s) is the warm-up from empty, step 1 is measured
        var s = RetryStation.of(Node.of("broker", 2, Exponential.withRate(1)), ArrivalSchedule.of(2_000, 1.5, 40_000, 1.5),
                Retries.none(Double.POSITIVE_INFINITY));
        var e = s.simulate().replications(10).seed(3).run();
        double exact = new MMc(1.5, 1, 2).meanResponse();          // C(2, 1.5) = 0.6429, W = C / 0.5 + 1 = 2.2857
        var ci = step(e, 1).get(Metric.MEAN_RESPONSE);
        assertTrue(ci.contains(exact), "exact " + exact + " outside " + ci);
        assertEquals(0, e.point(RetryRun.TIMEOUTS));
        assertEquals(0, e.point(RetryRun.FAILED));
    }

    @Test
    void withoutRetriesTheTimeoutFractionIsTheMm1ResponseTailAtTheTimeout() {
        // The server never learns of a timeout, so the queue stays M/M/1 (lambda 0.5, mu 1) and the response is
        // Exp(mu - lambda): P(T > 3) = e^{-0.5 * 3} = 0.2231
        var s = RetryStation.of(Node.of("broker", 1, Exponential.withRate(1)), ArrivalSchedule.of(1_000, 0.5, 40_000, 0.5),
                Retries.none(3));
        var e = s.simulate().replications(10).seed(5).run();
        var ci = step(e, 1).get(RetryRun.TIMEOUT_FRACTION);
        assertTrue(ci.contains(Math.exp(-1.5)), "exact " + Math.exp(-1.5) + " outside " + ci);
        var waste = step(e, 1).get(RetryRun.WASTED_WORK_FRACTION);
        assertTrue(waste.estimate() > 0.1, "timed-out attempts are still served: " + waste);
    }

    @Test
    void whenServiceOutlastsTheTimeoutEveryRequestUsesEveryRetryAndFails() {
        // Each attempt needs 2 s of service and its client waits 1 s: every attempt times out, so a finished
        // request made exactly 1 + 3 attempts; requests still open at the end made between 1 and 4
        var s = RetryStation.of(Node.of("broker", 1, new Deterministic(2)), ArrivalSchedule.of(5_000, 0.01), Retries.immediate(1, 3));
        for (int r = 0; r < 3; r++) {
            RetryRun run = s.run(s.defaultLength(), 11, r);
            assertEquals(0, run.succeeded());
            assertTrue(run.isFlowConserved());
            long finished = run.failed();
            assertTrue(run.retries() >= 3 * finished && run.retries() <= 3 * (finished + run.unfinished()), run.measurements().toString());
            assertEquals(run.requests() + run.retries(), run.attempts());
            assertEquals(1.0, run.get(RetryRun.WASTED_WORK_FRACTION), 0);
        }
    }

    @Test
    void aBudgetCapsTheRetriesAtItsRatioPerRequestPlusTheBurst() {
        // tokens start at the cap (2) and grow by 0.25 per request: retries <= 2 + 0.25 requests; every request
        // wants 3 retries, so the budget binds and nearly every token is spent
        var s = RetryStation.of(Node.of("broker", 1, new Deterministic(2)), ArrivalSchedule.of(5_000, 0.01),
                Retries.immediate(1, 3).withBudget(0.25, 2));
        for (int r = 0; r < 3; r++) {
            RetryRun run = s.run(s.defaultLength(), 13, r);
            double bound = 2 + 0.25 * run.requests();
            assertTrue(run.retries() <= bound && run.retries() >= bound - 3, run.retries() + " retries for " + run.requests() + " requests");
        }
    }

    /** c = 4, E[S] = 0.1 s, lambda = 32/s (rho 0.8), a 20 s burst at 64/s, then 32/s; step 3 is the recovery window. */
    private static RetryStation stormy(Retries rules, double burstRate) {
        return RetryStation.of(Node.of("broker", 4, Exponential.ofMean(0.1)),
                ArrivalSchedule.of(100, 32, 20, burstRate, 200, 32, 100, 32), rules);
    }

    @Test
    void afterABurstImmediateRetriesKeepTheStationOverloadedWhileNoRetriesOrABudgetRecover() {
        // Bistable: rho = 0.8 < 1 < (1 + 3) 0.8. Without a burst, or without retries, the station is healthy in
        // the last 100 s; after a burst that builds a queue longer than the 2 s timeout, every attempt times out,
        // 4 x 32 attempts/s arrive (offered load 3.2) and the queue never comes back. A budget of 10% caps the
        // load at 0.88 + the burst of 10 tokens, and the backlog drains.
        Retries storm = Retries.immediate(2, 3);
        var healthy = stormy(storm, 32).simulate().replications(4).seed(1).run();
        var stuck = stormy(storm, 64).simulate().replications(4).seed(1).run();
        var patient = stormy(Retries.none(2), 64).simulate().replications(4).seed(1).run();
        var budget = stormy(storm.withBudget(0.1), 64).simulate().replications(4).seed(1).run();
        for (int r = 0; r < 4; r++) {
            assertTrue(healthy.runs().get(r).finalGoodputRatio() > 0.95, "no burst, replication " + r);
            assertTrue(stuck.runs().get(r).finalGoodputRatio() < 0.05, "burst with retries, replication " + r);
            assertTrue(stuck.runs().get(r).get(RetryRun.FINAL_OFFERED_LOAD) > 2.5, "retries multiply the offered load");
            assertTrue(patient.runs().get(r).finalGoodputRatio() > 0.95, "burst without retries, replication " + r);
            assertTrue(budget.runs().get(r).finalGoodputRatio() > 0.95, "burst with a budget, replication " + r);
        }
    }

    @Test
    void timeAveragesSplitExactlyAcrossStepsAndBins() {
        // the whole run's time integral is the sum of its steps' and of its bins'
        var s = stormy(Retries.immediate(2, 3), 64).withBinWidth(7);
        RetryRun run = s.run(s.defaultLength(), 2, 0);
        double whole = run.get(Metric.MEAN_NUMBER_IN_SYSTEM) * 420;
        double bySteps = run.steps().stream().mapToDouble(x -> x.get(Metric.MEAN_NUMBER_IN_SYSTEM) * x.get(RetryRun.OBSERVED_TIME)).sum();
        double byBins = run.bins().stream().mapToDouble(x -> x.get(Metric.MEAN_NUMBER_IN_SYSTEM) * x.get(RetryRun.OBSERVED_TIME)).sum();
        assertEquals(whole, bySteps, 1e-6 * whole);
        assertEquals(whole, byBins, 1e-6 * whole);
        assertEquals(60, run.bins().size());                        // 420 / 7
        long attempts = Math.round(run.bins().stream().mapToDouble(x -> x.get(RetryRun.ATTEMPT_RATE) * x.get(RetryRun.OBSERVED_TIME)).sum());
        assertEquals(run.attempts(), attempts);
    }

    @Test
    void aFullStationRefusesAtOnceAndTheClientRetries() {
        // capacity 1 on one server: an attempt that finds it busy is refused (503) and retried immediately, up to 2 times
        var s = RetryStation.of(Node.of("broker", 1, Exponential.withRate(1)).withCapacity(1), ArrivalSchedule.of(2_000, 0.8),
                Retries.immediate(10, 2));
        RetryRun run = s.run(s.defaultLength(), 4, 0);
        assertTrue(run.get(RetryRun.REJECTED) > 0);
        assertTrue(run.isFlowConserved());
        assertEquals(run.requests() + run.retries(), run.attempts());
    }

    @Test
    void sameSeedSameRunWhateverTheThreads() {
        var s = stormy(Retries.immediate(2, 3).withBackoff(0.5, 2), 64);
        var one = Experiment.of(s).replications(3).seed(9).threads(1).run();
        var two = Experiment.of(s).replications(3).seed(9).threads(2).run();
        assertEquals(one.runs().stream().map(RetryRun::measurements).toList(), two.runs().stream().map(RetryRun::measurements).toList());
        assertEquals(s.run(RunLength.customers(10), 9, 1).measurements(), s.run(RunLength.time(0, 5), 9, 1).measurements(),
                "the schedule fixes the length");
    }

    @Test
    void rejectsNodesWithBreakdownsAndBinsTooFine() {
        var broken = Node.of("broker", 1, Exponential.withRate(1)).withBreakdowns(new Breakdowns(Exponential.withRate(1), Exponential.withRate(1)));
        var e = assertThrows(IllegalArgumentException.class, () -> RetryStation.of(broken, ArrivalSchedule.of(10, 0.5), Retries.none(1)));
        assertTrue(e.getMessage().contains("withBreakdowns"), e.getMessage());
        var s = RetryStation.of(Node.of("broker", 1, Exponential.withRate(1)), ArrivalSchedule.of(10, 0.5), Retries.none(1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.withBinWidth(1e-6)).getMessage().contains("binWidth"));
    }

    @Test
    void describesItselfInWords() {
        String d = stormy(Retries.none(2), 64).describe();
        assertTrue(d.startsWith("RetryStation(broker: 4 x ") && d.contains("64.00/s for 20.00 s") && d.contains("no retries"), d);
    }
}
