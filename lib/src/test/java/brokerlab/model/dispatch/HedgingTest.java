package brokerlab.model.dispatch;

import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.experiment.Replications;
import brokerlab.model.arrivals.Mmpp2;
import brokerlab.experiment.RunLength;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HedgingTest {
    private static final RunLength LENGTH = RunLength.time(200, 5_000);

    private static List<DispatchRun> runs(Farm farm, Hedging h, int count, long seed) {
        return farm.withPolicy(h).simulate().length(LENGTH).replications(count).seed(seed).run().runs();
    }

    @Test
    void infiniteDelayIsPlainRoutingWithTheSameNumbers() {
        // No hedge timer exists, so the draws and events are those of separate queues without stealing.
        for (PrimaryRouting routing : PrimaryRouting.values()) {
            Farm farm = Farm.of(3, Mmpp2.bursts(2, 3, 0.2, 5), new Hyperexponential(1, 4), routing);
            DispatchRun h = farm.withPolicy(Hedging.none()).run(LENGTH, 8, 2);
            DispatchRun p = farm.withPolicy(Dispatch.PER_SERVER).run(LENGTH, 8, 2);
            assertEquals(p.requests(), h.requests(), routing.name());
            assertEquals(p.meanResponse(), h.meanResponse(), routing.name());
            assertEquals(p.p99(), h.p99(), routing.name());
            assertEquals(p.meanOutstanding(), h.meanOutstanding(), routing.name());
            assertEquals(p.work(), h.work(), routing.name());
            assertEquals(0, h.hedgedFraction());
            assertEquals(1, h.copiesServedPerRequest());
        }
    }

    @Test
    void withoutHedgingARandomSplitGivesIndependentMm1Queues() {
        // Poisson 2.4 split at random over 4 exponential servers (mu = 1): each is M/M/1 at 0.6, W = 1/(1 - 0.6) = 2.5.
        Farm farm = Farm.poisson(4, 2.4, Exponential.withRate(1), PrimaryRouting.RANDOM);
        ConfidenceInterval w = Replications.ci95(runs(farm, Hedging.none(), 10, 3), DispatchRun::meanResponse);
        assertTrue(w.contains(2.5), () -> "W 2.5 outside " + w);
    }

    @Test
    void zeroDelayWithoutCancellationServesExactlyTwoCopiesAndDoublesTheWork() {
        // d = 0: every request gets a second copy at once; without cancellation both are fully served, so
        // copies served = 2 x requests exactly, and the work per request is two independent E[S] = 1 draws: extra load 1.
        Farm farm = Farm.poisson(4, 1.2, Exponential.withRate(1), PrimaryRouting.RANDOM);   // base rho 0.3, doubled 0.6
        List<DispatchRun> runs = runs(farm, Hedging.afterWithoutCancel(0), 10, 4);
        for (DispatchRun x : runs) {
            assertEquals(2 * x.requests(), x.copiesServed());
            assertEquals(0, x.copiesCancelled());
            assertEquals(1.0, x.hedgedFraction());
        }
        ConfidenceInterval extra = Replications.ci95(runs, DispatchRun::extraLoad);
        assertTrue(extra.contains(1.0), () -> "extra load 1 outside " + extra);
        // The wasted copy is the one that finishes LATER, which favours the longer service: more than half of all
        // work is wasted (were both copies always to start at once it would be E[max]/(E[max]+E[min]) = 1.5/2 = 3/4).
        ConfidenceInterval wasted = Replications.ci95(runs, DispatchRun::wastedFraction);
        assertTrue(wasted.lower() > 0.5, () -> "wasted fraction " + wasted);
        ConfidenceInterval rho = Replications.ci95(runs, DispatchRun::utilization);
        assertTrue(rho.contains(0.6), () -> "doubled utilisation 0.6 outside " + rho);
    }

    @Test
    void conservesRequestsAndCopiesAndObeysLittlesLaw() {
        // base rho 0.3 so that even the uncancelled duplicates leave the farm stable
        Farm farm = Farm.poisson(4, 1.2, new Hyperexponential(1, 10), PrimaryRouting.ROUND_ROBIN);
        for (Hedging h : List.of(Hedging.after(1.5), Hedging.afterWithoutCancel(1.5))) {
            for (DispatchRun x : runs(farm, h, 4, 5)) {
                assertEquals(x.arrived(), x.completed(), "drained");
                assertEquals(x.copiesSent(), x.copiesServed() + x.copiesCancelled(), "copies");
                if (!h.cancel()) assertEquals(0, x.copiesCancelled(), "nothing cancelled without cancel");
                assertTrue(x.wastedWork() <= x.work() && x.wastedWork() > 0, "wasted work is part of the work");
                // L = X W, up to window edge effects of order W / duration
                assertEquals(x.meanOutstanding(), x.throughput() * x.meanResponse(), 0.03 * x.meanOutstanding(), "Little");
            }
        }
    }

    @Test
    void hedgingCutsTheTailOfHighVarianceServiceAndCancellationCutsItsCost() {
        // 4 servers, rho = 0.5, service H2 with mean 1 and SCV 10: a few very long services dominate p99. A hedge
        // after d = 2 sends stragglers to another server; cancellation keeps the duplicate work small.
        Farm farm = Farm.poisson(4, 2, new Hyperexponential(1, 10), PrimaryRouting.RANDOM);
        List<DispatchRun> plain = runs(farm, Hedging.none(), 8, 6);
        List<DispatchRun> cancel = runs(farm, Hedging.after(2), 8, 6);
        List<DispatchRun> keep = runs(farm, Hedging.afterWithoutCancel(2), 8, 6);
        ConfidenceInterval p99Plain = Replications.ci95(plain, DispatchRun::p99);
        ConfidenceInterval p99Hedged = Replications.ci95(cancel, DispatchRun::p99);
        assertTrue(p99Hedged.upper() < p99Plain.lower(), () -> "hedged p99 " + p99Hedged + " vs plain " + p99Plain);
        ConfidenceInterval extraCancel = Replications.ci95(cancel, DispatchRun::extraLoad);
        ConfidenceInterval extraKeep = Replications.ci95(keep, DispatchRun::extraLoad);
        assertTrue(extraCancel.upper() < extraKeep.lower(), () -> "extra load with cancel " + extraCancel + " vs without " + extraKeep);
        ConfidenceInterval wasteCancel = Replications.ci95(cancel, DispatchRun::wastedFraction);
        ConfidenceInterval wasteKeep = Replications.ci95(keep, DispatchRun::wastedFraction);
        assertTrue(wasteCancel.upper() < wasteKeep.lower(), () -> "wasted with cancel " + wasteCancel + " vs without " + wasteKeep);
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        Farm farm = Farm.poisson(3, 1.5, new Hyperexponential(1, 4), PrimaryRouting.RANDOM);
        DispatchRun a = farm.withPolicy(Hedging.after(1)).run(LENGTH, 9, 0);
        DispatchRun b = farm.withPolicy(Hedging.after(1)).run(LENGTH, 9, 0);
        assertEquals(a.meanResponse(), b.meanResponse());
        assertEquals(a.copiesCancelled(), b.copiesCancelled());
        assertEquals(a.work(), b.work());
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hedging.after(-1)).getMessage().contains("delay"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hedging.after(Double.NaN)).getMessage().contains("delay"));
        Farm one = Farm.poisson(1, 0.5, Exponential.withRate(1), PrimaryRouting.RANDOM);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> one.withPolicy(Hedging.after(1)).run(LENGTH, 1, 0))
                .getMessage().contains("servers = 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Farm.poisson(2, 2, Exponential.withRate(1), PrimaryRouting.RANDOM))
                .getMessage().contains("farm utilisation"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Farm.poisson(0, 2, Exponential.withRate(1), PrimaryRouting.RANDOM))
                .getMessage().contains("servers"));
    }
}
