package brokerlab.model;

import brokerlab.experiment.Metric;

import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FcfsRecursionTest {

    private static List<Double> trace(StationParams p, boolean recursion, long seed) {
        List<Double> waits = new ArrayList<>();
        if (recursion) FcfsRecursion.run(p, 500, 5_000, seed, 0, waits::add);
        else FcfsEvents.run(p, 500, 5_000, seed, 0, waits::add);
        return waits;
    }

    @Test
    void givesExactlyTheSameWaitsAsTheEventEngineCustomerByCustomer() {
        // Same seed ⇒ same arrivals and demands in the same order ⇒ the same waits, bit for bit.
        for (StationParams p : List.of(
                new StationParams(new Exponential(3.6), new Exponential(1.0), 4),
                new StationParams(new Exponential(0.8), new Hyperexponential(1.0, 5.0), 1),
                new StationParams(new Hyperexponential(0.5, 2.0), new brokerlab.dist.Deterministic(1.2), 3))) {
            List<Double> fast = trace(p, true, 21), events = trace(p, false, 21);
            assertEquals(5_000, fast.size());
            assertEquals(fast, events, p::toString);
        }
    }

    @Test
    void timeAveragesAgreeWithTheEventEngine() {
        // Different code paths integrate the same sample path: equal up to summation rounding.
        StationParams p = new StationParams(new Exponential(3.6), new Exponential(1.0), 4);
        StationRun fast = FcfsRecursion.run(p, 1_000, 20_000, 8, 2, null);
        StationRun events = FcfsEvents.run(p, 1_000, 20_000, 8, 2, null);
        assertEquals(events.meanWait(), fast.meanWait(), 1e-9 * events.meanWait());
        assertEquals(events.meanResponse(), fast.meanResponse(), 1e-9 * events.meanResponse());
        assertEquals(events.meanQueueLength(), fast.meanQueueLength(), 1e-9 * events.meanQueueLength());
        assertEquals(events.meanNumberInSystem(), fast.meanNumberInSystem(), 1e-9 * events.meanNumberInSystem());
        assertEquals(events.utilization(), fast.utilization(), 1e-9);
        assertEquals(events.observedTime(), fast.observedTime(), 0);
        assertEquals(events.p99Wait(), fast.p99Wait(), 0);
        assertEquals(events.p999Response(), fast.p999Response(), 0);
    }

    @Test
    void queueLengthIsMeasuredNotDerived() {
        // The measured time average and lambda-hat * Wq differ by edge effects only: close, but not identical.
        StationParams p = new StationParams(new Exponential(0.9), new Exponential(1.0), 1);
        StationRun r = FcfsRecursion.run(p, 2_000, 20_000, 4, 0, null);
        double little = r.throughput() * r.meanWait();
        assertNotEquals(little, r.meanQueueLength());
        assertEquals(little, r.meanQueueLength(), 0.02 * little);
        assertEquals(0, r.leftInSystem());
    }

    @Test
    void ninetyFivePercentIntervalsCoverTheExactMeanWaitAboutNinetyFivePercentOfTheTime() {
        // M/M/1, lambda = 0.5, mu = 1: Wq = rho / (mu − lambda) = 1. 100 independent seeds × 10 replications.
        // If the intervals are honest the count is Binomial(100, 0.95): P(< 88) ≈ 0.001, P(100) ≈ 0.006.
        Station mm1 = Station.mm1(0.5, 1.0);
        int covered = 0;
        for (long seed = 1000; seed < 1100; seed++) {
            ConfidenceInterval ci = mm1.simulate().customers(10_000).replications(10).seed(seed).run().get(Metric.MEAN_WAIT);
            if (ci.contains(1.0)) covered++;
        }
        assertTrue(covered >= 88 && covered <= 99, "coverage " + covered + "/100");
    }

    @Test
    void growsItsWaitingRingWithoutLosingJobsOrArea() {
        // A ring of 2 start times at rho = 0.95 (queues of tens): it doubles several times, and the waits and the
        // measured queue area, which needs the start times of the jobs waiting at both ends of the window, must
        // still match the event engine.
        StationParams p = new StationParams(new Exponential(0.95), new Exponential(1.0), 1);
        List<Double> fast = new ArrayList<>(), events = new ArrayList<>();
        StationRun f = FcfsRecursion.run(p, 3_000, 30_000, 2, 0, fast::add, 2);
        StationRun e = FcfsEvents.run(p, 3_000, 30_000, 2, 0, events::add);
        assertEquals(fast, events);
        assertEquals(e.meanQueueLength(), f.meanQueueLength(), 1e-9 * e.meanQueueLength());
        assertEquals(e.utilization(), f.utilization(), 1e-9);
    }

    @Test
    void usesAHeapOfFreeTimesForManyServersWithTheSameResult() {
        // c = 40 > 16 switches the minimum search to a heap; waits must still equal the event engine's.
        StationParams p = new StationParams(new Exponential(36), new Exponential(1.0), 40);
        List<Double> fast = new ArrayList<>(), events = new ArrayList<>();
        StationRun f = FcfsRecursion.run(p, 1_000, 20_000, 3, 0, fast::add);
        StationRun e = FcfsEvents.run(p, 1_000, 20_000, 3, 0, events::add);
        assertEquals(fast, events);
        assertEquals(e.meanNumberInSystem(), f.meanNumberInSystem(), 1e-9 * e.meanNumberInSystem());
    }
}
