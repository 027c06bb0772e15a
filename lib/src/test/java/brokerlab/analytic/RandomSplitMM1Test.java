package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RandomSplitMM1Test {
    @Test
    void equalServersEqualSplitIsOneMM1PerServer() {
        // each server sees lambda/c = 0.75: E[T] = 1/(1 - 0.75) = 4
        assertEquals(4.0, RandomSplitMM1.equalSplit(3, 1, 1, 1, 1).meanResponse().value(), 1e-12);
    }

    @Test
    void proportionalSplitEqualisesUtilization() {
        // rho = 1.5/3 = 0.5 everywhere; E[T] = sum (mu_i/3) / (mu_i (1 - 0.5)) = c / (sum mu (1 - rho)) = 2/1.5
        var s = RandomSplitMM1.proportionalSplit(1.5, 2, 1);
        assertEquals(2 / 1.5, s.meanResponse().value(), 1e-12);
        assertEquals(0.5, s.serverUtilization(0), 1e-12);
        assertEquals(0.5, s.serverUtilization(1), 1e-12);
    }

    @Test
    void equalSplitOverloadsTheSlowServerAndSaysWhich() {
        // lambda = 1.5 split evenly: server 1 (rate 0.5) receives 0.75 >= 0.5
        Estimate t = RandomSplitMM1.equalSplit(1.5, 2, 0.5).meanResponse();
        assertFalse(t.isFinite());
        assertTrue(t.toString().contains("server 1"), t.toString());
        assertEquals(java.util.List.of(1), RandomSplitMM1.equalSplit(1.5, 2, 0.5).unstableServers());
    }

    @Test
    void rejectsProbabilitiesNotSummingToOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new RandomSplitMM1(1, new double[]{1, 1}, new double[]{0.3, 0.3}));
        assertTrue(e.getMessage().contains("probabilities"), e.getMessage());
    }
}
