package brokerlab.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperexponentialTest {
    @Test
    void balancedMeansFitForScvFour() {
        // p1 = (1 + sqrt(3/5))/2 = 0.8872983; mu1 = 2 p1 = 1.7745967; mu2 = 2 (1 - p1) = 0.2254033.
        Hyperexponential h = new Hyperexponential(1, 4);
        double p1 = (1 + Math.sqrt(0.6)) / 2;
        assertEquals(p1, h.p1(), 1e-15);
        assertEquals(2 * p1, h.rate1(), 1e-14);
        assertEquals(2 * (1 - p1), h.rate2(), 1e-14);
        assertEquals(0.5, h.p1() / h.rate1(), 1e-14);                   // each branch carries half the mean
        assertEquals(0.5, (1 - h.p1()) / h.rate2(), 1e-14);
    }

    @Test
    void secondMomentGivesBackTheScv() {
        // E[X^2] = 2 (p1/mu1^2 + p2/mu2^2) = 1/mu1 + 1/mu2 = 0.5635083 + 4.4364917 = 5 = 1 + scv.
        Hyperexponential h = new Hyperexponential(1, 4);
        assertEquals(1 / h.rate1() + 1 / h.rate2(), h.moment(2), 1e-12);
        assertEquals(5, h.moment(2), 1e-12);
    }

    @Test
    void cdfIsTheMixtureOfExponentials() {
        Hyperexponential h = new Hyperexponential(1, 4);
        double p1 = (1 + Math.sqrt(0.6)) / 2;
        double expected = 1 - p1 * Math.exp(-2 * p1) - (1 - p1) * Math.exp(-2 * (1 - p1));
        assertEquals(expected, h.cdf(1), 1e-14);
    }

    @Test
    void scvOneIsTheExponential() {
        Hyperexponential h = new Hyperexponential(2, 1);
        for (double t : new double[] {0.5, 2, 7}) assertEquals(Exponential.ofMean(2).cdf(t), h.cdf(t), 1e-14);
    }

    @Test
    void rejectsScvBelowOneWithTheAlternatives() {
        String message = assertThrows(IllegalArgumentException.class, () -> new Hyperexponential(1, 0.5)).getMessage();
        assertTrue(message.startsWith("scv = 0.5") && message.contains("erlang") && message.contains("mixederlang"), message);
    }
}
