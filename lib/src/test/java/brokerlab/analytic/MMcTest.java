package brokerlab.analytic;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MMcTest {

    @Test
    void oneServerReducesToMM1() {
        var q = new MMc(0.8, 1.0, 1);   // rho = 0.8
        assertEquals(0.8 / (1 - 0.8), q.meanWait(), 1e-12);          // Wq = rho/(mu - lambda) = 4
        assertEquals(5.0, q.meanResponse(), 1e-12);                   // 1/(mu - lambda)
        assertEquals(4.0, q.meanNumberInSystem(), 1e-12);             // rho/(1-rho)
        assertEquals(0.8 * 0.8 / 0.2, q.meanQueueLength(), 1e-12);    // rho^2/(1-rho)
    }

    @Test
    void mm1ResponsePercentileIsMinusLogOneMinusQOverMuMinusLambda() {
        var q = new MMc(0.8, 1.0, 1);
        for (double p : new double[]{0.5, 0.9, 0.99, 0.999}) {
            assertEquals(-Math.log(1 - p) / 0.2, q.responsePercentile(p), 1e-9, "q=" + p);
        }
    }

    @Test
    void threeServerExampleHasErlangCWait() {
        var q = new MMc(0.2, 0.1, 3);   // a = 2, C = 4/9, Wq = C/(c mu - lambda) = (4/9)/0.1
        assertEquals(4.0 / 9 / 0.1, q.meanWait(), 1e-12);
        assertEquals(4.0 / 9 / 0.1 + 10, q.meanResponse(), 1e-12);
    }

    /** P(T <= t) by numerical convolution of the wait (atom + exponential) with Exp(mu). */
    private static double convolvedCdf(MMc q, double t) {
        double c = q.waitProbability(), mu = q.serviceRate();
        double theta = q.servers() * mu - q.arrivalRate();
        double tail = new SimpsonIntegrator(1e-12, 1e-12, 3, 30)
                .integrate(1_000_000, w -> theta * Math.exp(-theta * w) * (1 - Math.exp(-mu * (t - w))), 0, t);
        return (1 - c) * (1 - Math.exp(-mu * t)) + c * tail;
    }

    @Test
    void responseCdfMatchesNumericalConvolution() {
        var q = new MMc(3.5, 1.0, 4);   // theta = 0.5 != mu
        for (double t : new double[]{0.1, 1, 3, 10}) {
            assertEquals(convolvedCdf(q, t), q.responseCdf(t), 1e-8, "t=" + t);
        }
    }

    @Test
    void responseCdfHandlesThetaEqualToMu() {
        var q = new MMc(1.0, 1.0, 2);   // c mu - lambda = 1 = mu: the Erlang-2 special case
        for (double t : new double[]{0.2, 1, 4}) {
            assertEquals(convolvedCdf(q, t), q.responseCdf(t), 1e-8, "t=" + t);
        }
    }

    @Test
    void responseCdfIntegratesToTheMeanResponse() {
        var q = new MMc(9, 1, 10);
        // E[T] = integral of P(T > t); truncated at t = 200 where the tail is below e^-100.
        double mean = new SimpsonIntegrator(1e-10, 1e-12, 3, 30)
                .integrate(10_000_000, t -> 1 - q.responseCdf(t), 0, 200);
        assertEquals(q.meanResponse(), mean, 1e-7);
    }

    @Test
    void percentilesInvertTheCdfs() {
        var q = new MMc(45, 1, 50);
        double r = q.responsePercentile(0.99);
        assertEquals(0.99, q.responseCdf(r), 1e-10);
        double w = q.waitPercentile(0.99);
        assertEquals(0.99, q.waitCdf(w), 1e-12);
        assertEquals(0.0, q.waitPercentile(1e-3), 0.0, "below 1 - C the wait quantile is the atom at zero");
    }

    @Test
    void thousandServersAtNinetyFivePercentWork() {
        var q = new MMc(950, 1, 1000);
        assertTrue(Double.isFinite(q.meanWait()) && q.meanWait() > 0, "Wq = " + q.meanWait());
        assertTrue(q.waitProbability() > 0 && q.waitProbability() < 1);
        assertTrue(q.responsePercentile(0.99) > 1.0);
    }

    @Test
    void badInputNamesTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MMc(-1, 1, 1)).getMessage().contains("arrivalRate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MMc(1, 0, 1)).getMessage().contains("serviceRate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MMc(1, 1, 0)).getMessage().contains("servers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MMc(2, 1, 2)).getMessage().contains("unstable"));
        var q = new MMc(1, 2, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> q.responsePercentile(1.0)).getMessage().contains("q"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> q.waitPercentile(0)).getMessage().contains("q"));
    }
}
