package brokerlab.analytic;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LaplaceInversionTest {

    @Test
    void invertsTheExponentialDensity() {
        // L{e^{-2t}} = 1/(s + 2)
        for (double t : new double[]{0.1, 1, 3}) {
            assertEquals(Math.exp(-2 * t), LaplaceInversion.euler(s -> s.add(2).reciprocal(), t), 1e-8);
        }
    }

    @Test
    void invertsSineAnOscillatingFunction() {
        // L{sin t} = 1/(s^2 + 1)
        assertEquals(Math.sin(2.0), LaplaceInversion.euler(s -> s.multiply(s).add(1).reciprocal(), 2.0), 1e-7);
    }

    @Test
    void rejectsNonPositiveTime() {
        var e = assertThrows(IllegalArgumentException.class, () -> LaplaceInversion.euler(Complex::reciprocal, 0));
        assertTrue(e.getMessage().contains("t"), e.getMessage());
    }
}
