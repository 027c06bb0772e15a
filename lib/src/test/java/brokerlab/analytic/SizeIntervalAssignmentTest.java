package brokerlab.analytic;

import brokerlab.dist.Exponential;
import brokerlab.dist.Lomax;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SizeIntervalAssignmentTest {

    /**
     * Exponential(1) sizes, two servers split at x. Closed forms: P(S < x) = 1 - e^-x,
     * E[S; S < x] = 1 - e^-x (1 + x), E[S^2; S < x] = 2 - e^-x (x^2 + 2x + 2); above x the size is x + Exp(1)
     * (memoryless): mean x + 1, second moment x^2 + 2x + 2. Each server is M/G/1: T_i = m_i + l_i s_i / (2 (1 - l_i m_i)).
     */
    static double exactTwoServerExponential(double lambda, double x) {
        double e = Math.exp(-x);
        double p0 = 1 - e, m0 = (1 - e * (1 + x)) / p0, s0 = (2 - e * (x * x + 2 * x + 2)) / p0;
        double p1 = e, m1 = x + 1, s1 = x * x + 2 * x + 2;
        double l0 = lambda * p0, l1 = lambda * p1;
        double t0 = m0 + l0 * s0 / (2 * (1 - l0 * m0)), t1 = m1 + l1 * s1 / (2 * (1 - l1 * m1));
        return p0 * t0 + p1 * t1;
    }

    @Test
    void meanResponseMatchesPollaczekKhinchinePerIntervalForExponentialSizes() {
        // lambda = 1.2, cutoff 1: E[T] = 0.6321 * 0.5591 + 0.3679 * 11.4257 = 4.5567 (see the helper)
        var sita = new SizeIntervalAssignment(1.2, new Exponential(1), 1.0);
        assertEquals(exactTwoServerExponential(1.2, 1.0), sita.meanResponse().value(), 1e-8);
        assertEquals(1 - Math.exp(-1), sita.probability(0), 1e-12);
        assertEquals(1.2 * 2 * Math.exp(-1), sita.serverUtilization(1), 1e-9);   // lambda E[S; S >= 1] = 1.2 * 2/e
    }

    @Test
    void oneServerIsTheWholeMG1() {
        // no cutoff: M/M/1 at lambda = 0.5, E[T] = 1 / (1 - 0.5) = 2
        assertEquals(2.0, new SizeIntervalAssignment(0.5, new Exponential(1)).meanResponse().value(), 1e-9);
    }

    @Test
    void equalLoadCutoffsGiveEachServerTheSameWork() {
        // Exp(1), two servers: the cutoff x solves E[S; S < x] = 1 - e^-x (1 + x) = 1/2 (x = 1.678...)
        double x = SizeIntervalAssignment.equalLoadCutoffs(new Exponential(1), 2)[0];
        assertEquals(0.5, 1 - Math.exp(-x) * (1 + x), 1e-9);
        var sita = new SizeIntervalAssignment(1.0, new Exponential(1), x);
        assertEquals(sita.serverUtilization(0), sita.serverUtilization(1), 1e-8);   // 0.5 each
    }

    @Test
    void lomaxIntervalsAddUpToTheWholeDistribution() {
        // Lomax(alpha = 3.5, mean 1), cutoffs 0.5 and 2: p_i sum to 1, p_0 = F(0.5), and sum p_i E[S_i] = E[S] = 1
        var lomax = new Lomax(3.5, 1);
        var sita = new SizeIntervalAssignment(1.0, lomax, 0.5, 2.0);
        double p = 0, mean = 0;
        for (int i = 0; i < 3; i++) {
            p += sita.probability(i);
            mean += sita.serverUtilization(i);       // lambda p_i E[S_i] with lambda = 1
        }
        assertEquals(1.0, p, 1e-12);
        assertEquals(1.0, mean, 1e-8);
        assertEquals(lomax.cdf(0.5), sita.probability(0), 1e-12);
        assertTrue(sita.server(0).meanResponse().value() < sita.server(2).meanResponse().value());
    }

    @Test
    void infiniteVarianceStaysInTheLastIntervalOnly() {
        // Lomax alpha = 1.8: E[S^2] infinite, so the large-job server has an infinite mean wait; the others are finite
        var sita = new SizeIntervalAssignment(0.5, new Lomax(1.8, 1), 1.0);
        assertTrue(sita.server(0).meanResponse().isFinite());
        assertFalse(sita.meanResponse().isFinite());
        assertTrue(sita.meanResponse().toString().contains("server 1"), sita.meanResponse().toString());
    }

    @Test
    void rejectsCutoffsThatAreNotIncreasing() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SizeIntervalAssignment(1, new Exponential(1), 2.0, 1.0));
        assertTrue(e.getMessage().contains("cutoffs"), e.getMessage());
    }

    @Test
    void namesTheOverloadedServer() {
        // lambda = 1.6, cutoff 1: the large-job server carries 1.6 * 2/e = 1.177 >= 1
        var t = new SizeIntervalAssignment(1.6, new Exponential(1), 1.0).meanResponse();
        assertFalse(t.isFinite());
        assertTrue(t.toString().contains("server 1"), t.toString());
    }
}
