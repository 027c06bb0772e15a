package brokerlab.protocol.hashing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RingBalanceTest {
    @Test
    void twoNodesWithOnePointEachAreTwoIndependentUniforms() {
        // Beta(1, 1) = U(0, 1); E[max of 2 uniforms] = 2/3; times N = 2 gives 4/3
        assertEquals(4.0 / 3, RingBalance.independentBetaImbalance(2, 1), 1e-6);
    }

    @Test
    void twoNodesWithTwoPointsFollowTheBetaTwoTwoIntegral() {
        // Beta(2, 2): F(x) = 3x^2 - 2x^3; E[max of 2] = 1 - int_0^1 F^2 dx = 1 - (9/5 - 2 + 4/7) = 22/35; times 2 = 44/35
        assertEquals(44.0 / 35, RingBalance.independentBetaImbalance(2, 2), 1e-6);
    }

    @Test
    void theApproximationRunsBelowTheExactHarmonicNumberForOnePoint() {
        // negatively correlated shares have a larger maximum than independent ones: approx < H_10 = 2.929, but close
        double approx = RingBalance.independentBetaImbalance(10, 1);
        assertTrue(approx < ConsistentHashRing.expectedImbalanceOnePoint(10));
        assertTrue(approx > 0.9 * ConsistentHashRing.expectedImbalanceOnePoint(10));
    }

    @Test
    void manyVirtualNodesAgreeWithSimulatedRings() {
        // 200 rings of 10 nodes x 64 points: the approximation lies inside the 95% interval of the simulated mean
        double[] x = new double[200];
        for (int r = 0; r < x.length; r++) x[r] = ConsistentHashRing.of(10, 64, 1, 1000 + r).imbalance();
        var ci = brokerlab.stats.ConfidenceInterval.ci95(x);
        assertTrue(ci.contains(RingBalance.independentBetaImbalance(10, 64)), ci + " vs " + RingBalance.independentBetaImbalance(10, 64));
    }

    @Test
    void exactImbalanceWithOnePointIsTheHarmonicNumber() {
        // v = 1: Gamma(1) is Exp(1) and E[max of N exponentials] = H_N; N = 10: 7381/2520 = 2.928968...
        assertEquals(7381.0 / 2520, RingBalance.expectedImbalance(10, 1), 1e-9);
        assertEquals(1.5, RingBalance.expectedImbalance(2, 1), 1e-9);             // H_2
    }

    @Test
    void exactImbalanceOfTwoNodesWithTwoPointsFollowsTheGammaTwoIntegral() {
        // N = 2, v = 2: shares are Dirichlet(2, 2), so share 1 is Beta(2, 2) and max share = 1/2 + |X - 1/2|;
        // E|X - 1/2| under density 6x(1-x) is 2 * int_0^{1/2} (1/2 - x) 6x(1-x) dx = 3/16, so E[max]/(1/2) = 1 + 3/8
        assertEquals(11.0 / 8, RingBalance.expectedImbalance(2, 2), 1e-9);
    }

    @Test
    void exactImbalanceAgreesWithUniformPointsPlacedIndependentlyOfTheRing() {
        // An independent Monte Carlo: N v uniform points on [0, 1), node of each point assigned in turn, every arc
        // credited to the node of its clockwise end; 20,000 placements per v.
        var rng = new java.util.SplittableRandom(2024);
        for (int v : new int[]{1, 4, 16}) {
            int n = 10, m = n * v;
            double[] x = new double[20_000];
            for (int r = 0; r < x.length; r++) {
                double[][] pts = new double[m][];
                for (int i = 0; i < m; i++) pts[i] = new double[]{rng.nextDouble(), i % n};
                java.util.Arrays.sort(pts, java.util.Comparator.comparingDouble(a -> a[0]));
                double[] share = new double[n];
                for (int i = 0; i < m; i++) share[(int) pts[i][1]] += i == 0 ? pts[0][0] + 1 - pts[m - 1][0] : pts[i][0] - pts[i - 1][0];
                x[r] = n * java.util.Arrays.stream(share).max().orElseThrow();
            }
            var ci = brokerlab.stats.ConfidenceInterval.ci95(x);
            double exact = RingBalance.expectedImbalance(n, v);
            assertTrue(ci.contains(exact), "v = " + v + ": exact " + exact + " outside the Monte Carlo interval " + ci);
        }
    }

    @Test
    void theIndependentBetaApproximationRunsBelowTheExactValueAtEveryV() {
        for (int v : new int[]{1, 2, 8, 64, 256}) {
            assertTrue(RingBalance.independentBetaImbalance(10, v) < RingBalance.expectedImbalance(10, v), "v = " + v);
        }
    }

    @Test
    void rejectsASingleNode() {
        var e = assertThrows(IllegalArgumentException.class, () -> RingBalance.independentBetaImbalance(1, 4));
        assertTrue(e.getMessage().contains("nodes"));
        var exact = assertThrows(IllegalArgumentException.class, () -> RingBalance.expectedImbalance(1, 4));
        assertTrue(exact.getMessage().contains("nodes"));
    }
}
