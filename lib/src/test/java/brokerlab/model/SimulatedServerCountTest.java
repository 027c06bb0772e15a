package brokerlab.model;

import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distributions;
import brokerlab.dist.Exponential;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SimulatedServerCountTest {
    private static final Exponential POISSON_9 = new Exponential(9);     // lambda = 9 /s
    private static final Exponential EXP_1 = new Exponential(1);        // E[S] = 1 s, so a = 9 erlangs

    private static SimulatedServerCount mm(Target target) {
        return new SimulatedServerCount(POISSON_9, EXP_1, target, 100_000, 10, 42);
    }

    private static ConfidenceInterval ci(Evaluation e) {
        return e.confidenceInterval().orElseThrow();
    }

    @Test
    void meanResponseAndWaitProbabilityCoverErlangC() {
        // a = 9, c = 11: C(11, 9) = Exact.erlangC = 0.4305; E[T] = 1 + C / (c mu - lambda) = 1 + 0.4305 / 2 = 1.2152
        double c11 = Exact.erlangC(11, 9);
        assertEquals(0.4305, c11, 1e-4);
        Evaluation t = mm(new Target.MeanResponseAtMost(1)).evaluate(11);
        assertTrue(ci(t).contains(1 + c11 / 2), () -> "E[T] " + (1 + c11 / 2) + " outside " + t);
        Evaluation w = mm(new Target.WaitProbabilityAtMost(0.5)).evaluate(11);
        assertTrue(ci(w).contains(c11), () -> "P(wait) " + c11 + " outside " + w);
        assertTrue(t.method().startsWith("simulation, 10 x 100000 customers, seed 42"), t.method());
    }

    @Test
    void p99ResponseCoversTheMMcPercentile() {
        // M/M/c response T = S + Wq, S ~ exp(mu), Wq = 0 w.p. 1 - C, else exp(theta), theta = c mu - lambda = 2.
        // P(T > t) = (1 - C) e^{-t} + C [theta e^{-t} - e^{-theta t}] / (theta - 1)   (mu = 1, theta != mu);
        // solve P(T > t) = 0.01 by bisection here, independently of MMc.responsePercentile.
        double c = Exact.erlangC(11, 9), theta = 2;
        double lo = 0, hi = 50;
        for (int i = 0; i < 200; i++) {
            double t = (lo + hi) / 2;
            double tail = (1 - c) * Math.exp(-t) + c * (theta * Math.exp(-t) - Math.exp(-theta * t)) / (theta - 1);
            if (tail > 0.01) lo = t; else hi = t;
        }
        double p99 = lo;                                                     // about 4.96 s
        Evaluation e = mm(new Target.ResponsePercentileAtMost(0.99, 5)).evaluate(11);
        assertTrue(ci(e).contains(p99), () -> "p99 " + p99 + " outside " + e);
    }

    @Test
    void rejectionProbabilitySimulatesCapacityKAndCoversMMcK() {
        // M/M/10/20, lambda = 10, mu = 1: birth-death p_K (Exact.mmck) is the loss probability (PASTA)
        double exact = Exact.mmck(10, 1, 10, 20)[20];
        var ev = new SimulatedServerCount(new Exponential(10), EXP_1, new Target.RejectionProbabilityAtMost(0.05, 20),
                50_000, 8, 42);
        assertEquals(20, ev.station(10).params().capacity());
        Evaluation e = ev.evaluate(10);
        assertTrue(ci(e).contains(exact), () -> "P(reject) " + exact + " outside " + e);
    }

    @Test
    void countsThatCannotCarryTheLoadAreInfiniteWithoutSimulating() {
        Evaluation e = mm(new Target.MeanResponseAtMost(2)).evaluate(9);   // rho = 9/9 = 1
        assertFalse(e.estimate().isFinite());
        assertTrue(e.confidenceInterval().isEmpty());
        assertFalse(e.meets(1e9));
    }

    @Test
    void judgesBySimulatedUpperEndSoATargetInsideTheCiIsNotMet() {
        Evaluation e = mm(new Target.MeanResponseAtMost(1)).evaluate(11);
        assertFalse(e.meets(ci(e).estimate()), "a point estimate inside its own CI must not count as met");
        assertTrue(e.meets(ci(e).upper()));
    }

    @Test
    void sameSeedGivesTheSameEvaluation() {
        var target = new Target.MeanResponseAtMost(2);
        assertEquals(ci(mm(target).evaluate(12)), ci(mm(target).evaluate(12)));
    }

    @Test
    void percentilesARunDoesNotRecordAreRejectedNamingQ() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> mm(new Target.ResponsePercentileAtMost(0.9, 3)));
        assertTrue(e.getMessage().contains("q") && e.getMessage().contains("0.99"), e.getMessage());
        var r = assertThrows(IllegalArgumentException.class,
                () -> new SimulatedServerCount(POISSON_9, Distributions.lomax(2.5, 1), new Target.MeanResponseAtMost(2), 1, 5, 1));
        assertTrue(r.getMessage().contains("customers"), r.getMessage());
    }

    @Test
    void waitProbabilityAtFiveServersCoversErlangC() {
        // C(5, 3.6): sum_{k<5} 3.6^k/k! = 1 + 3.6 + 6.48 + 7.776 + 6.9984 = 25.8544;
        // 3.6^5/5! / (1 - 0.72) = 5.03885 / 0.28 = 17.9959; C = 17.9959 / (25.8544 + 17.9959) = 0.41040.
        double top = Math.pow(3.6, 5) / 120 / 0.28;
        double exact = top / (25.8544 + top);
        var e = new SimulatedServerCount(new Exponential(3.6), EXP_1, new Target.WaitProbabilityAtMost(0.5), 20_000, 8, 17)
                .evaluate(5);
        assertTrue(ci(e).contains(exact), () -> "C(5, 3.6) = " + exact + " outside " + e);
    }

    @Test
    void targetsTheServiceTimeAloneMissesAreRefusedBeforeAnySimulation() {
        var lines = new java.util.ArrayList<String>();
        var mean = assertThrows(IllegalArgumentException.class, () -> Plans.bySimulation(
                mm(new Target.MeanResponseAtMost(1)).progress((done, total, message) -> lines.add(message))));
        assertTrue(mean.getMessage().contains("E[S] = 1.0"), mean.getMessage());
        assertEquals(List.of(), lines, "nothing simulated");
        // lognormal(mean 1, scv 4): sigma^2 = ln 5, mu = -ln 5 / 2; its p99 = exp(mu + 2.3263 sigma) = 8.555 > 8.
        var p99 = assertThrows(IllegalArgumentException.class, () -> Plans.bySimulation(new SimulatedServerCount(POISSON_9,
                Distributions.lognormal(1, 4), new Target.ResponsePercentileAtMost(0.99, 8), 1000, 2, 1)));
        assertTrue(p99.getMessage().startsWith("target") && p99.getMessage().contains("8.55"), p99.getMessage());
    }

    @Test
    void aScanStopsAtTheFirstCountWhereNobodyWaitsYetTheTargetIsMissed() {
        // E[T] >= E[S] = 1 for every c, and the sample mean of 8 x 20000 exp(1) demands is 1 +- 0.006: a mean target
        // of 1.001 is above E[S] (so not refused at once) but missed at every c, including those where no job waits.
        var ev = new SimulatedServerCount(new Exponential(0.36), EXP_1, new Target.MeanResponseAtMost(1.001), 20_000, 8, 5);
        var e = assertThrows(IllegalArgumentException.class, () -> Plans.bySimulation(ev));
        assertTrue(e.getMessage().contains("no job waits"), e.getMessage());
    }

    @Test
    void aCapacityMakesEveryCountALossSystemScannedFromOneToK() {
        var ev = mm(new Target.MeanResponseAtMost(2)).capacity(12);
        assertEquals(12, ev.station(3).params().capacity());
        assertEquals(1, ev.minServers());
        assertEquals(12, ev.maxServers());
        assertTrue(ev.evaluate(3).estimate().isFinite(), "a = 9 on 3 servers is stable with room for 12 jobs");
        var wrongK = assertThrows(IllegalArgumentException.class,
                () -> mm(new Target.RejectionProbabilityAtMost(0.05, 20)).capacity(12));
        assertTrue(wrongK.getMessage().startsWith("capacity = 12"), wrongK.getMessage());
    }

    @Test
    void progressNamesTheServerCountBeingSimulated() {
        var lines = new java.util.ArrayList<String>();
        mm(new Target.MeanResponseAtMost(2)).progress((done, total, message) -> lines.add(done + "/" + total + " " + message))
                .evaluate(11);
        assertEquals(10, lines.size(), lines::toString);
        assertTrue(lines.get(9).startsWith("10/10 c=11, "), lines::toString);
    }
}
