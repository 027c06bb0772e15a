package brokerlab.model.arrivals;

import brokerlab.experiment.Replications;
import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class Mmpp2Test {
    // calm 0.5/unit, burst 3/unit; leave calm at 0.2, leave burst at 0.4: pi = (2/3, 1/3), lambda = 4/3
    private static final Mmpp2 BURSTY = new Mmpp2(0.5, 3, 0.2, 0.4);

    private static RandomStream rng(int r) {
        return RandomStream.of(2024, r, RandomStream.ARRIVALS);
    }

    @Test
    void meanRateIsThePhaseWeightedRate() {
        // pi_0 = 0.4 / 0.6 = 2/3: lambda = 2/3 * 0.5 + 1/3 * 3 = 4/3
        assertEquals(2.0 / 3, BURSTY.probabilityState0(), 1e-15);
        assertEquals(4.0 / 3, BURSTY.rate(), 1e-15);
    }

    @Test
    void idcMatchesTheCoxProcessVarianceOfCounts() {
        // Independent route: an MMPP is a Cox process with intensity lambda(u), a two-state Markov chain with
        // Cov(lambda(0), lambda(u)) = pi0 pi1 d^2 e^{-s u}, so Var N(t) = lambda t + 2 int_0^t (t - u) Cov du
        // = lambda t + 2 pi0 pi1 d^2 (t / s - (1 - e^{-s t}) / s^2). Here pi0 pi1 = 2/9, d = -2.5, s = 0.6.
        double lambda = 4.0 / 3, c = 2.0 / 9 * 6.25, s = 0.6;
        for (double t : new double[] {0.1, 1, 10, 1000}) {
            double var = lambda * t + 2 * c * (t / s - (1 - Math.exp(-s * t)) / (s * s));
            assertEquals(var / (lambda * t), BURSTY.idc(t), 1e-12, "t = " + t);
        }
        // limit: 1 + 2 c / (lambda s) = 1 + 2 * (25/18) / 0.8 = 1 + 125/36
        assertEquals(1 + 125.0 / 36, BURSTY.idcLimit(), 1e-12);
    }

    @Test
    void scvMatchesFirstStepAnalysisOfTheGap() {
        // Independent route: T_i = time to the next arrival from state i. First-step analysis with total rate
        // q_i = rate_i + switch_i: m_i = 1/q_i + (switch_i/q_i) m_j and
        // s_i = E[T_i^2] = 2/q_i^2 + (switch_i/q_i)(2 m_j / q_i + s_j). The gap after a typical arrival starts in
        // state i with probability pi_i rate_i / lambda = (1/4, 3/4).
        double q0 = 0.7, q1 = 3.4, p0 = 0.2 / q0, p1 = 0.4 / q1;
        // m0 = 1/q0 + p0 m1, m1 = 1/q1 + p1 m0
        double m0 = (1 / q0 + p0 / q1) / (1 - p0 * p1), m1 = 1 / q1 + p1 * m0;
        double a0 = 2 / (q0 * q0) + p0 * 2 * m1 / q0, a1 = 2 / (q1 * q1) + p1 * 2 * m0 / q1;
        double s0 = (a0 + p0 * a1) / (1 - p0 * p1), s1 = a1 + p1 * s0;
        double mean = 0.25 * m0 + 0.75 * m1, second = 0.25 * s0 + 0.75 * s1;
        assertEquals(0.75, mean, 1e-12);               // = 1 / lambda, as it must
        assertEquals(second / (mean * mean) - 1, BURSTY.scv(), 1e-12);
    }

    @Test
    void simulatedRateScvAndIdcLieInsideTheirCis() {
        // 10 replications x 200k gaps for SCV and rate; 20k windows of t = 10 for IDC (correlation time 1/s = 1.7).
        double level = 1 - 0.05 / 4;   // four comparisons, Bonferroni
        ConfidenceInterval rate = Replications.ci(Replications.run(10, r -> Counts.rate(BURSTY.source(rng(r)), 200_000)), x -> x, level);
        ConfidenceInterval scv = Replications.ci(Replications.run(10, r -> Counts.gapScv(BURSTY.source(rng(r)), 200_000)), x -> x, level);
        ConfidenceInterval idc10 = Replications.ci(Replications.run(10, r -> Counts.idc(BURSTY.source(rng(r)), 10, 20_000, 0)), x -> x, level);
        ConfidenceInterval idc1 = Replications.ci(Replications.run(10, r -> Counts.idc(BURSTY.source(rng(r)), 1, 50_000, 0)), x -> x, level);
        assertTrue(rate.contains(BURSTY.rate()), () -> "rate " + BURSTY.rate() + " outside " + rate);
        assertTrue(scv.contains(BURSTY.scv()), () -> "SCV " + BURSTY.scv() + " outside " + scv);
        assertTrue(idc10.contains(BURSTY.idc(10)), () -> "IDC(10) " + BURSTY.idc(10) + " outside " + idc10);
        assertTrue(idc1.contains(BURSTY.idc(1)), () -> "IDC(1) " + BURSTY.idc(1) + " outside " + idc1);
        assertTrue(BURSTY.idc(10) > BURSTY.scv() + 0.5, "correlated gaps: IDC(10) well above the SCV");
    }

    @Test
    void equalRatesGiveThePoissonProcess() {
        // rate0 = rate1: the phase does not matter, gaps are exponential at rate 2 whatever the switching.
        Mmpp2 flat = new Mmpp2(2, 2, 1, 3);
        assertEquals(2, flat.rate(), 1e-15);
        assertEquals(1, flat.scv(), 1e-12);
        assertEquals(1, flat.idc(0.5), 1e-15);
        assertEquals(1, flat.idcLimit(), 1e-15);
        ConfidenceInterval scv = Replications.ci(Replications.run(8, r -> Counts.gapScv(flat.source(rng(r)), 100_000)), x -> x, 0.95);
        ConfidenceInterval idc = Replications.ci(Replications.run(8, r -> Counts.idc(flat.source(rng(r)), 2, 20_000, 0)), x -> x, 0.95);
        assertTrue(scv.contains(1) && idc.contains(1), () -> "SCV " + scv + ", IDC(2) " + idc);
    }

    @Test
    void burstsFactoryHitsTheRequestedMeanShareAndLength() {
        // rate 1, bursts 5x for 10% of the time, mean burst 20: r0 = 1 / (0.9 + 0.5) = 5/7, switch10 = 0.05,
        // switch01 = 0.05 * 0.1 / 0.9 = 1/180
        Mmpp2 p = Mmpp2.bursts(1, 5, 0.1, 20);
        assertEquals(5.0 / 7, p.rate0(), 1e-15);
        assertEquals(25.0 / 7, p.rate1(), 1e-14);
        assertEquals(0.05, p.switch10(), 1e-15);
        assertEquals(1.0 / 180, p.switch01(), 1e-15);
        assertEquals(1, p.rate(), 1e-14);
        assertEquals(0.9, p.probabilityState0(), 1e-14);
    }

    @Test
    void sameSeedGivesTheSameGaps() {
        ArrivalSource a = BURSTY.source(rng(3)), b = BURSTY.source(rng(3));
        for (int i = 0; i < 1000; i++) assertEquals(a.next(), b.next());
    }

    @Test
    void rejectsBadRatesNamingTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Mmpp2(-1, 1, 1, 1)).getMessage().contains("rate0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Mmpp2(0, 0, 1, 1)).getMessage().contains("rate0 + rate1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Mmpp2(1, 1, 0, 1)).getMessage().contains("switch01"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Mmpp2(1, 1, 1, Double.NaN)).getMessage().contains("switch10"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mmpp2.bursts(1, 5, 1.0, 20)).getMessage().contains("burstShare"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BURSTY.idc(0)).getMessage().contains("t = 0"));
    }
}
