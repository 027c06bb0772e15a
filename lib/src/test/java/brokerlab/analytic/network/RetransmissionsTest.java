package brokerlab.analytic.network;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RetransmissionsTest {
    @Test
    void perHopRetryVisitsAreGeometricMean() {
        assertEquals(1.25, Retransmissions.perHopVisits(0.2), 1e-12);   // 1/0.8
        assertEquals(1.0, Retransmissions.perHopVisits(0), 1e-12);
    }

    @Test
    void endToEndVisitsSolveTheTrafficEquations() {
        // 3 hops, failure p = 0.2 at each sends the job back to hop 1. Traffic equations with unit input:
        // v1 = 1 + 0.2 (v1 + v2 + v3), v2 = 0.8 v1, v3 = 0.8 v2  =>  v1 (1 - 0.2 (1 + 0.8 + 0.64)) = 1,
        // v1 = 1/0.512 = 1.953125, v2 = 1.5625, v3 = 1.25; total 4.765625
        double p = 0.2;
        double[][] routing = {{p, 0.8, 0}, {p, 0, 0.8}, {p, 0, 0}};
        double[] v = Routing.solveTraffic(new double[]{1, 0, 0}, routing);
        for (int k = 1; k <= 3; k++) assertEquals(v[k - 1], Retransmissions.endToEndVisits(p, 3, k), 1e-12);
        assertEquals(1.953125, Retransmissions.endToEndVisits(p, 3, 1), 1e-12);
        assertEquals(4.765625, Retransmissions.endToEndTotalVisits(p, 3), 1e-12);
        assertEquals(3.0, Retransmissions.endToEndTotalVisits(0, 3), 1e-12);
    }

    @Test
    void endToEndGrowsFasterThanPerHop() {
        // h = 5, p = 0.3: per hop 5/0.7 = 7.14; end to end (1 - 0.7^5)/(0.3 * 0.7^5) = 0.83193/0.050421 = 16.50
        assertEquals(5 / 0.7, 5 * Retransmissions.perHopVisits(0.3), 1e-12);
        assertEquals((1 - 0.16807) / (0.3 * 0.16807), Retransmissions.endToEndTotalVisits(0.3, 5), 1e-12);
        assertTrue(Retransmissions.endToEndTotalVisits(0.3, 5) > 2 * 5 * Retransmissions.perHopVisits(0.3));
    }

    @Test
    void retryLayersMultiply() {
        // broker p_b = 0.1, client p_c = 0.2: 1/(0.9 * 0.8) = 1.3889
        assertEquals(1 / 0.72, Retransmissions.layeredVisits(0.1, 0.2), 1e-12);
        assertEquals(1.0, Retransmissions.layeredVisits(), 1e-12);
    }

    @Test
    void criticalFailureProbabilityPutsUtilisationAtOne() {
        // Li et al. (2015): lambda = 30.3, c = 4, mu = 10: p* = 1 - 30.3/40 = 0.2425
        double p = Retransmissions.criticalPerHop(30.3, 4, 10);
        assertEquals(0.2425, p, 1e-12);
        assertEquals(1.0, 30.3 * Retransmissions.perHopVisits(p) / 40, 1e-12);
        // end to end over 3 hops: hop 1 carries lambda/(1-p)^3 = c mu at p* = 1 - 0.7575^(1/3)
        double e = Retransmissions.criticalEndToEnd(30.3, 4, 10, 3);
        assertEquals(1.0, 30.3 * Retransmissions.endToEndVisits(e, 3, 1) / 40, 1e-12);
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retransmissions.perHopVisits(1.0)).getMessage().contains("p"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retransmissions.criticalPerHop(40, 4, 10))
                .getMessage().contains("lambda"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retransmissions.endToEndVisits(0.1, 3, 4))
                .getMessage().contains("k"));
    }
}
