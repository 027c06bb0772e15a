package brokerlab.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeibullTest {
    @Test
    void shapeOneHalfHasScvFive() {
        // eta = 1/Gamma(3) = 0.5; SCV = Gamma(5)/Gamma(3)^2 - 1 = 24/4 - 1 = 5
        Weibull w = new Weibull(0.5, 1);
        assertEquals(0.5, w.scale(), 1e-14);
        assertEquals(5, w.scv(), 1e-12);
        assertEquals(0.125 * 720, w.moment(3), 1e-9);                  // eta^3 Gamma(7) = 90
    }

    @Test
    void shapeTwoHasScvFourOverPiMinusOne() {
        // Gamma(2)/Gamma(1.5)^2 - 1 = 1/(pi/4) - 1 = 0.2732395 (Rayleigh)
        assertEquals(4 / Math.PI - 1, new Weibull(2, 1).scv(), 1e-12);
    }

    @Test
    void medianIsScaleTimesLnTwoToTheOneOverShape() {
        assertEquals(0.5 * Math.log(2) * Math.log(2), new Weibull(0.5, 1).quantile(0.5), 1e-14);   // 0.2402265
    }

    @Test
    void shapeOneIsTheExponential() {
        Weibull w = new Weibull(1, 3);
        for (double t : new double[] {0.5, 3, 10}) assertEquals(Exponential.ofMean(3).cdf(t), w.cdf(t), 1e-14);
    }

    @Test
    void rejectsANonPositiveShapeNamingIt() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Weibull(0, 1)).getMessage().startsWith("shape = 0.0"));
    }
}
