package brokerlab.analytic;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ThreadingModelsTest {
    @Test
    void birthDeathWithOneConstantRateIsMM1() {
        // lambda = 3, mu = 5: L = rho / (1 - rho) = 0.6 / 0.4 = 1.5, W = L / lambda = 0.5
        var m = ThreadingModels.birthDeath("M/M/1", 3, new double[] {5}, true);
        assertEquals(1.5, m.meanNumberInSystem(), 1e-12);
        assertEquals(0.5, m.meanResponse(), 1e-12);
    }

    @Test
    void contendedPoolMatchesAHandSolvedChain() {
        // k = 1, T = 2, a = 0.5, mu = 1, lambda = 0.25: r1 = 1, r2 = 1 * (1 - 0.5) = 0.5, tail ratio 0.5.
        // p0 = 2/3, p1 = 1/6, p2 = 1/12, p_{2+j} = (1/12) 0.5^j: L = 1/6 + 2/12 + (1/12)(2*1 + 0.5/0.25) = 2/3
        var m = ThreadingModels.contendedPool(0.25, 1, 1, 2, 0.5);
        assertEquals(2.0 / 3, m.meanNumberInSystem(), 1e-12);
        assertEquals(8.0 / 3, m.meanResponse(), 1e-12);
    }

    @Test
    void contendedPoolWithoutOverheadIsMMcOnTheCores() {
        // rates mu min(n, k) up to T and beyond: the M/M/k chain whatever T >= k is
        double exact = new MMc(30, 10, 4).meanResponse();
        assertEquals(exact, ThreadingModels.contendedPool(30, 10, 4, 4, 0).meanResponse(), 1e-12);
        assertEquals(exact, ThreadingModels.contendedPool(30, 10, 4, 64, 0).meanResponse(), 1e-12);
        assertEquals(exact, ThreadingModels.fixedPool(30, 10, 4).meanResponse(), 1e-12);
    }

    @Test
    void threadPerConnectionWithOneThreadPerCoreIsErlangB() {
        double b = ErlangB.blockingProbability(4, 3.0);      // B(4, 3) = 0.20611...
        var m = ThreadingModels.threadPerConnection(30, 10, 4, 4);
        assertEquals(b, m.blockingProbability(), 1e-12);
        assertEquals(30 * (1 - b), m.throughput(), 1e-12);
        assertEquals(0.1, m.meanResponse(), 1e-12);          // no waiting in a loss system: W = 1/mu
    }

    @Test
    void processorSharingOnOneCoreIsMG1PS() {
        assertEquals(new MG1PS(0.5, 1).meanResponse(), ThreadingModels.processorSharing(0.5, 1, 1).meanResponse(), 1e-12);
    }

    @Test
    void aLargeChainDoesNotOverflow() {
        var m = ThreadingModels.threadPerConnection(900, 1, 1000, 1000);   // Erlang B(1000, 900), naive a^c overflows
        assertEquals(ErlangB.blockingProbability(1000, 900.0), m.blockingProbability(), 1e-10);
    }

    @Test
    void rejectsAPoolWhoseLastThreadsDoNoWork() {
        var e = assertThrows(IllegalArgumentException.class, () -> ThreadingModels.contendedPool(1, 10, 4, 12, 0.1));
        assertTrue(e.getMessage().contains("threads"), e.getMessage());
    }

    @Test
    void rejectsAnUnstableContendedPool() {
        // r(8) = 10 * 4 * (1 - 0.05 * 7) = 26 < 30
        var e = assertThrows(IllegalArgumentException.class, () -> ThreadingModels.contendedPool(30, 10, 4, 8, 0.05));
        assertTrue(e.getMessage().contains("contended pool"), e.getMessage());
    }

    @Test
    void birthDeathKeepsItsDigitsAtHeavyOverloadAndNearSaturation() {
        // one state, lambda = 1e6, mu = 1: p_1 = a / (1 + a), admitted rate 1e6 / (1e6 + 1), response 1/mu = 1
        var lost = ThreadingModels.birthDeath("loss", 1e6, new double[]{1}, false);
        assertEquals(1e6 / (1e6 + 1), lost.throughput(), 1e-15);
        assertEquals(1.0, lost.meanResponse(), 1e-14);
        // infinite tail with mu = 3, lambda = 3 (1 - 1e-9): M/M/1, L = rho / (1 - rho) = lambda / (3 - lambda), with
        // 3 - lambda exact (Sterbenz); 1 - lambda/3 by subtraction was 1e-7 off
        double lambda = 3 * (1 - 1e-9);
        var mm1 = ThreadingModels.birthDeath("mm1", lambda, new double[]{3}, true);
        double exact = lambda / (3 - lambda);
        assertEquals(exact, mm1.meanNumberInSystem(), 1e-12 * exact);
    }
}
