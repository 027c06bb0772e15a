package brokerlab.model.threading;

import static org.junit.jupiter.api.Assertions.*;

import brokerlab.analytic.MMc;
import brokerlab.analytic.ThreadingModels;
import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.experiment.Replications;
import brokerlab.experiment.RunLength;
import org.junit.jupiter.api.Test;

class ContendedPoolTest {
    @Test
    void speedFollowsTheContentionLaw() {
        var pool = new ContendedPool(1, Exponential.withRate(10), 4, 8, 0.05);
        assertEquals(1.0, pool.speed(1), 1e-15);                       // min(1, 4/1) * (1 - 0)
        assertEquals(0.5 * (1 - 0.05 * 7), pool.speed(8), 1e-15);      // min(1, 4/8) * (1 - 0.35)
    }

    @Test
    void rejectsAnOverheadThatStopsTheLastThread() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ContendedPool(1, Exponential.withRate(10), 4, 21, 0.05));
        assertTrue(e.getMessage().contains("threads"), e.getMessage());
    }

    @Test
    void rejectsAnUnstablePool() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ContendedPool(30, Exponential.withRate(10), 4, 8, 0.05));
        assertTrue(e.getMessage().contains("contended pool"), e.getMessage());
    }

    @Test
    void meanResponseMatchesTheBirthDeathChainWithinCi() {
        // 8 threads on 4 cores, 3% overhead per extra thread: r(8) = 40 * 0.79 = 31.6 > lambda = 25
        var pool = new ContendedPool(25, Exponential.withRate(10), 4, 8, 0.03);
        double exact = ThreadingModels.contendedPool(25, 10, 4, 8, 0.03).meanResponse();
        var runs = pool.simulate().length(RunLength.customers(5_000, 50_000)).replications(10).seed(42).run().runs();
        var ci = Replications.ci95(runs, PoolRun::meanResponse);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
        var throughput = Replications.ci95(runs, PoolRun::throughput);
        assertTrue(throughput.contains(25), throughput::toString);
    }

    @Test
    void unlimitedThreadsWithoutOverheadIsProcessorSharingAndInsensitive() {
        // M/G/4-PS with SCV 10 work: the mean is the M/M/4 mean (symmetric queue, Kelly 1979)
        var pool = new ContendedPool(30, new Hyperexponential(0.1, 10), 4, 10_000, 0);
        double exact = new MMc(30, 10, 4).meanResponse();
        var ci = Replications.ci95(pool.simulate().length(RunLength.customers(5_000, 50_000)).replications(10).seed(43).run().runs(), PoolRun::meanResponse);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
    }

    @Test
    void littlesLawHoldsBetweenTheTwoIndependentMeasures() {
        var pool = new ContendedPool(25, Exponential.withRate(10), 4, 8, 0.03);
        var r = pool.run(RunLength.customers(5_000, 100_000), 7, 0);
        assertEquals(r.meanNumberInSystem(), r.throughput() * r.meanResponse(), 0.03 * r.meanNumberInSystem());
    }

    @Test
    void sameSeedGivesSameNumbers() {
        var pool = new ContendedPool(25, Exponential.withRate(10), 4, 8, 0.03);
        assertEquals(pool.run(RunLength.customers(100, 2_000), 3, 1), pool.run(RunLength.customers(100, 2_000), 3, 1));
    }

    @Test
    void rejectsTooFewCustomers() {
        var pool = new ContendedPool(25, Exponential.withRate(10), 4, 8, 0.03);
        var e = assertThrows(IllegalArgumentException.class, () -> pool.run(RunLength.customers(0, 1), 3, 1));
        assertTrue(e.getMessage().contains("customers"), e.getMessage());
    }
}
