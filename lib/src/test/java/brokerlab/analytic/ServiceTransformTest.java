package brokerlab.analytic;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ServiceTransformTest {

    /** -d/ds S*(s) at 0 = E[S], by a central difference on the real axis. */
    private static double meanFromLst(ServiceTransform t) {
        double h = 1e-5;
        return -(t.lst(new Complex(h)).getReal() - t.lst(new Complex(-h)).getReal()) / (2 * h);
    }

    @Test
    void transformsAreOneAtZeroAndGiveTheirMeans() {
        ServiceTransform[] all = {new ServiceTransform.Exponential(2), new ServiceTransform.Deterministic(0.5),
                new ServiceTransform.Erlang(3, 0.5), ServiceTransform.Hyperexponential.balanced(0.5, 5)};
        for (ServiceTransform t : all) {
            assertEquals(1.0, t.lst(Complex.ZERO).getReal(), 1e-14, t.toString());
            assertEquals(0.5, t.mean(), 1e-14, t.toString());
            assertEquals(0.5, meanFromLst(t), 1e-8, t.toString());
        }
    }

    @Test
    void secondMomentsMatchTheirScv() {
        assertEquals(0.25 * (1 + 1.0 / 3), new ServiceTransform.Erlang(3, 0.5).secondMoment(), 1e-14);
        assertEquals(0.25 * (1 + 5), ServiceTransform.Hyperexponential.balanced(0.5, 5).secondMoment(), 1e-12);
    }

    @Test
    void rejectsProbabilitiesThatDoNotSumToOne() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ServiceTransform.Hyperexponential(new double[]{0.5, 0.4}, new double[]{1, 2}));
        assertTrue(e.getMessage().contains("probabilities"), e.getMessage());
    }
}
