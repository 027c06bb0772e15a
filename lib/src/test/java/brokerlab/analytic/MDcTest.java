package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MDcTest {
    @Test
    void oneServerIsPollaczekKhinchine() {
        // M/D/1: Wq = lambda D^2 / (2 (1 - rho)) = 0.9 / (2 * 0.1) = 4.5 at lambda = 0.9, D = 1
        assertEquals(4.5, new MDc(0.9, 1, 1).meanWait(), 1e-9);
        assertEquals(0.9, new MDc(0.9, 1, 1).waitProbability(), 1e-9);   // P(wait) = rho for one server (PASTA)
    }

    @Test
    void cosmetatosIsCloseInHeavyTraffic() {
        // Tijms 2003 §5.2: Cosmetatos within about 1% of exact M/D/c at rho = 0.9
        for (int c : new int[]{2, 5, 10}) {
            double exact = new MDc(0.9 * c, 1, c).meanWait();
            assertEquals(exact, Approximations.cosmetatos(0.9 * c, 1, c).value(), 0.01 * exact, "c = " + c);
        }
    }

    @Test
    void halfTheMmcWaitInHeavyTraffic() {
        // Deterministic service halves the M/M/c wait as rho -> 1 (Kingman: (ca^2 + cs^2) / 2 = 1/2); at rho = 0.95,
        // c = 4 Cosmetatos' correction factor is only 1 + 0.05 * 3 * (sqrt(24) - 2) / (16 * 0.95 * 4) = 1.007
        double ratio = new MDc(0.95 * 4, 1, 4).meanWait() / new MMc(0.95 * 4, 1, 4).meanWait();
        assertEquals(0.5, ratio, 0.02);
    }

    @Test
    void refusesAChainTooLargeToSolveNamingTheAlternative() {
        // rho = 0.999 on 4 servers: the queue's geometric tail needs far more than MAX_STATES states
        var e = assertThrows(IllegalStateException.class, () -> new MDc(0.999 * 4, 1, 4));
        assertTrue(e.getMessage().contains("cosmetatos"), e.getMessage());
    }

    @Test
    void rejectsAnUnstableQueue() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MDc(4, 1, 4));
        assertTrue(e.getMessage().contains("unstable"), e.getMessage());
    }
}
