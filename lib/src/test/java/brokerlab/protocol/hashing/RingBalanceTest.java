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
    void rejectsASingleNode() {
        var e = assertThrows(IllegalArgumentException.class, () -> RingBalance.independentBetaImbalance(1, 4));
        assertTrue(e.getMessage().contains("nodes"));
    }
}
