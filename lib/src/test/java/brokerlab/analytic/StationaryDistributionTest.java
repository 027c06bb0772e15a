package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class StationaryDistributionTest {
    @Test
    void twoStateChainBalancesFlows() {
        // 0 -> 1 at rate 2, 1 -> 0 at rate 3: pi = (3/5, 2/5)
        double[] pi = StationaryDistribution.solve(new double[][]{{0, 2}, {3, 0}});
        assertArrayEquals(new double[]{0.6, 0.4}, pi, 1e-14);
    }

    @Test
    void truncatedBirthDeathIsGeometric() {
        int n = 6;
        double[][] q = new double[n][n];
        for (int i = 0; i + 1 < n; i++) { q[i][i + 1] = 1; q[i + 1][i] = 2; }
        double[] pi = StationaryDistribution.solve(q);
        double norm = (1 - Math.pow(0.5, n)) / 0.5;
        for (int i = 0; i < n; i++) assertEquals(Math.pow(0.5, i) / norm, pi[i], 1e-14);
    }

    @Test
    void rejectsNegativeRates() {
        var e = assertThrows(IllegalArgumentException.class, () -> StationaryDistribution.solve(new double[][]{{0, -1}, {1, 0}}));
        assertTrue(e.getMessage().contains("rates[0][1]"), e.getMessage());
    }

    @Test
    void aReducibleChainIsRefusedAsBadInputNamingTheRule() {
        // states {0, 1} and {2} never communicate: two closed classes, no unique stationary law, singular generator
        double[][] rates = {{0, 1, 0}, {1, 0, 0}, {0, 0, 0}};
        var e = assertThrows(IllegalArgumentException.class, () -> StationaryDistribution.solve(rates));
        assertTrue(e.getMessage().startsWith("rates = 3 states") && e.getMessage().contains("not irreducible"), e.getMessage());
    }
}
