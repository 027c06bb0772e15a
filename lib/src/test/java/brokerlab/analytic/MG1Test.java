package brokerlab.analytic;

import brokerlab.dist.Exponential;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MG1Test {

    @Test
    void exponentialServiceGivesMM1() {
        var q = MG1.of(0.8, new Exponential(1.0));   // E[S^2] = 2: Wq = 0.8·2/(2·0.2) = 4
        assertEquals(4.0, q.meanWait().value(), 1e-12);
        assertEquals(5.0, q.meanResponse().value(), 1e-12);
        assertTrue(q.meanWait().method().contains("Pollaczek"));
        assertEquals(-Math.log(0.1) / 0.2, q.responsePercentile(0.9).value(), 1e-6 * 12, "exponential gets its LST");
    }

    @Test
    void deterministicServiceHalvesTheMM1Wait() {
        var q = MG1.withScv(0.8, 1.0, 0);   // Wq = lambda d^2 / (2(1-rho)) = 0.8/0.4 = 2
        assertEquals(2.0, q.meanWait().value(), 1e-12);
        assertEquals(1.6, q.meanQueueLength().value(), 1e-12);
    }

    @Test
    void infiniteSecondMomentGivesAnInfiniteEstimateWithTheReason() {
        Estimate w = MG1.of(0.5, 1.0, Double.POSITIVE_INFINITY).meanWait();
        assertFalse(w.isFinite());
        assertTrue(w.toString().contains("E[S^2] is infinite"), w.toString());
        var e = assertThrows(ArithmeticException.class, w::value);
        assertTrue(e.getMessage().contains("E[S^2]"));
        assertFalse(MG1.withScv(0.5, 1.0, Double.POSITIVE_INFINITY).meanResponse().isFinite());
    }

    @Test
    void mm1ResponsePercentileByInversionMatchesClosedForm() {
        var q = MG1.of(0.8, new ServiceTransform.Exponential(1.0));
        for (double p : new double[]{0.5, 0.9, 0.99}) {
            double exact = -Math.log(1 - p) / 0.2;   // T ~ Exp(mu - lambda)
            Estimate t = q.responsePercentile(p);
            assertEquals(exact, t.value(), 1e-6 * exact, "q=" + p);
            assertEquals(MG1.INVERSION, t.method());
        }
    }

    @Test
    void mm1PercentileByInversionStaysAccurateNearSaturation() {
        // T ~ Exp(mu - lambda) for M/M/1; 1 - lambda is exact for these doubles (Sterbenz). The inversion meets
        // the transform at s ~ 1e-5, where 1 - S*(s) by subtraction kept only 11 digits (old error 3e-4).
        for (double lambda : new double[]{0.999, 0.99999}) {
            double exact = Math.log(100) / (1 - lambda);
            double t = MG1.of(lambda, new ServiceTransform.Exponential(1)).responsePercentile(0.99).value();
            assertEquals(exact, t, 1e-6 * exact, "lambda = " + lambda);
        }
    }

    @Test
    void deterministicAndErlangTailTransformsKeepTheirDigitsNearZero() {
        // (1 - S*(s))/s -> E[S] as s -> 0; next term -s E[S^2]/2: D: 1 - s/2, Erlang(2, 1): 1 - 3s/4
        var s = new org.apache.commons.math3.complex.Complex(1e-9, 1e-9);
        assertEquals(1 - 0.5e-9, new ServiceTransform.Deterministic(1).tailTransform(s).getReal(), 1e-15);
        assertEquals(-0.5e-9, new ServiceTransform.Deterministic(1).tailTransform(s).getImaginary(), 1e-15);
        assertEquals(1 - 0.75e-9, new ServiceTransform.Erlang(2, 1).tailTransform(s).getReal(), 1e-15);
        assertEquals(0.625, new ServiceTransform.Hyperexponential(new double[]{0.5, 0.5}, new double[]{1, 4})
                .tailTransform(new org.apache.commons.math3.complex.Complex(0)).getReal(), 1e-15);   // E[S] = 0.5/1 + 0.5/4
    }

    @Test
    void mm1PercentilesStayAccurateDownToTheSmallestDoubleTail() {
        // T ~ Exp(mu - lambda): the q-quantile is -log1p(-q) / (mu - lambda) for the double q actually passed
        // (1 - 1e-14 is not exactly representable). Undamped inversion lost all digits below 1 - q = 1e-9.
        for (double lambda : new double[]{0.5, 0.99999}) {
            for (double q : new double[]{1 - 1e-9, 1 - 1e-14, Math.nextDown(1.0)}) {
                double exact = -Math.log1p(-q) / (1 - lambda);
                double t = MG1.of(lambda, new ServiceTransform.Exponential(1)).responsePercentile(q).value();
                assertEquals(exact, t, 1e-9 * exact, "lambda = " + lambda + ", q = " + q);
            }
        }
    }

    @Test
    void md1TailDecaysAtTheCramerLundbergRate() {
        // M/D/1, lambda = 0.5, D = 1: the tail decays as e^{-eta t} with eta > 0 solving lambda (e^{eta D} - 1) = eta
        // (the P-K denominator's real root). Far out, P(T > t + 1) / P(T > t) = e^{-eta} (the next pole is complex
        // and much further left, so at t = 40 its share is far below 1e-6).
        var q = MG1.of(0.5, new ServiceTransform.Deterministic(1));
        double eta = q.decayRate();
        assertEquals(eta, 0.5 * Math.expm1(eta), 1e-12);
        assertTrue(eta > 0.1, "the positive root, not 0: " + eta);
        assertEquals(Math.exp(-eta), q.responseTail(41) / q.responseTail(40), 1e-6);
        assertTrue(q.responseTail(40) < 1e-10, "deep in the tail: " + q.responseTail(40));
    }

    @Test
    void integratedTailTransformsMatchTheirDefinitionAwayFromZeroAndHalfTheSecondMomentAtIt() {
        // (E[S] - R(s)) / s by plain subtraction is accurate at |s| = 1; at s -> 0 the limit is E[S^2] / 2
        var s = new org.apache.commons.math3.complex.Complex(0.6, 0.8);
        ServiceTransform[] all = {new ServiceTransform.Exponential(2), new ServiceTransform.Deterministic(1.5),
                new ServiceTransform.Erlang(3, 2), ServiceTransform.Hyperexponential.balanced(1, 4)};
        for (ServiceTransform t : all) {
            var direct = new org.apache.commons.math3.complex.Complex(t.mean()).subtract(t.tailTransform(s)).divide(s);
            var closed = t.integratedTailTransform(s);
            assertEquals(direct.getReal(), closed.getReal(), 1e-13, t.toString());
            assertEquals(direct.getImaginary(), closed.getImaginary(), 1e-13, t.toString());
            var tiny = new org.apache.commons.math3.complex.Complex(1e-12, 0);
            assertEquals(t.secondMoment() / 2, t.integratedTailTransform(tiny).getReal(), 1e-10 * t.secondMoment(), t.toString());
        }
    }

    /** Erlang's M/D/1 wait CDF (Crommelin 1932; Tijms 2003 §5.2): (1-rho) sum_{k<=t/D} (lambda(kD-t))^k/k! e^{-lambda(kD-t)}. */
    private static double md1WaitCdf(double lambda, double d, double t) {
        double sum = 0;
        for (int k = 0; k <= (int) Math.floor(t / d); k++) {
            double x = lambda * (k * d - t);
            sum += Math.pow(x, k) / CombinatoricsUtils.factorialDouble(k) * Math.exp(-x);
        }
        return (1 - lambda * d) * sum;
    }

    @Test
    void md1WaitCdfByInversionMatchesErlangsFormula() {
        var q = MG1.of(0.5, new ServiceTransform.Deterministic(1.0));
        for (double t : new double[]{0.5, 1.5, 2.5, 4.3}) {
            // 1e-3: the M/D/1 wait density has kinks at multiples of D, which limit Euler inversion (class doc)
            assertEquals(md1WaitCdf(0.5, 1.0, t), q.waitCdf(t), 1e-3, "t=" + t);
        }
    }

    @Test
    void md1WaitCdfBeforeTheFirstKinkIsAccurate() {
        // for t < D the wait CDF is (1 - rho) e^{lambda t}, smooth: inversion is accurate there
        assertEquals(0.5 * Math.exp(0.25), MG1.of(0.5, new ServiceTransform.Deterministic(1.0)).waitCdf(0.5), 1e-7);
    }

    @Test
    void hyperexponentialResponseCdfIntegratesToThePkMean() {
        var h2 = ServiceTransform.Hyperexponential.balanced(1.0, 4.0);
        var q = MG1.of(0.6, h2);   // E[T] = 1 + 0.6·(1·5)/(2·0.4) = 4.75
        assertEquals(4.75, q.meanResponse().value(), 1e-12);
        double mean = new SimpsonIntegrator(1e-6, 1e-8, 3, 14)
                .integrate(100_000, t -> 1 - q.responseCdf(Math.max(t, 1e-9)), 0, 150);
        assertEquals(4.75, mean, 2e-3);
    }

    @Test
    void erlangResponsePercentileLiesBetweenDeterministicAndExponential() {
        double pd = MG1.of(0.7, new ServiceTransform.Deterministic(1)).responsePercentile(0.95).value();
        double pe = MG1.of(0.7, new ServiceTransform.Erlang(4, 1)).responsePercentile(0.95).value();
        double px = MG1.of(0.7, new ServiceTransform.Exponential(1)).responsePercentile(0.95).value();
        assertTrue(pd < pe && pe < px, pd + " < " + pe + " < " + px);
    }

    @Test
    void percentileWithoutTransformExplainsWhatIsSupported() {
        var e = assertThrows(IllegalStateException.class, () -> MG1.withScv(0.5, 1, 2).responsePercentile(0.99));
        assertTrue(e.getMessage().contains("ServiceTransform"), e.getMessage());
    }

    @Test
    void badInputNamesTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MG1.withScv(1.2, 1, 1)).getMessage().contains("unstable"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MG1.of(0.5, 1, 0.5)).getMessage().contains("secondMoment"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MG1.withScv(0.5, 1, -1)).getMessage().contains("scv"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MG1.of(0.5, new ServiceTransform.Exponential(1)).responsePercentile(1.5)).getMessage().contains("q"));
    }

    @Test
    void veryErlangServiceFindsItsDecayRateFarBelowThePole() {
        // Erlang k = 10^4 (mean 1) is nearly deterministic: its decay rate is close to M/D/1's eta, which solves
        // lambda (e^eta - 1) = eta (see md1TailDecaysAtTheCramerLundbergRate); the pole sits at k = 10^4, where the
        // transform overflows to NaN, so the search must come down to it
        double lo = 0.1, hi = 10;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (0.5 * Math.expm1(mid) < mid) lo = mid; else hi = mid;
        }
        double eta = MG1.of(0.5, new ServiceTransform.Erlang(10_000, 1)).decayRate();
        assertEquals(lo, eta, 1e-3 * lo);
    }

    @Test
    void veryVariableServiceHasItsMedianFarBelowItsMean() {
        // hyperexp, scv 1e12: E[T] is about 5e11, but 99.99...% of jobs take about 0.5 on the short branch, and half
        // the arrivals find the server idle (rho = 0.5): the median response lies far below 1e-9 of the mean
        var q = MG1.of(0.5, ServiceTransform.Hyperexponential.balanced(1.0, 1e12));
        double p50 = q.responsePercentile(0.5).value();
        assertTrue(p50 > 0.1 && p50 < 10, "p50 " + p50);
        assertEquals(0.5, q.responseTail(p50), 1e-6);
    }
}
