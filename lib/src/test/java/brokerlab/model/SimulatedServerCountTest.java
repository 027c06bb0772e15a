package brokerlab.model;

import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distributions;
import brokerlab.dist.Exponential;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

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
}
