package brokerlab.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniformTest {
    @Test
    void momentsOfZeroToTwo() {
        // mean 1, Var = 2^2/12 = 1/3 => SCV 1/3; E[X^2] = 2^3 / (3*2) = 4/3
        Uniform u = new Uniform(0, 2);
        assertEquals(1, u.mean());
        assertEquals(1.0 / 3, u.scv(), 1e-15);
        assertEquals(4.0 / 3, u.moment(2), 1e-15);
    }

    @Test
    void oneToThreeHasScvOneTwelfth() {
        assertEquals(1.0 / 12, new Uniform(1, 3).scv(), 1e-15);     // Var 1/3 over mean^2 = 4
    }

    @Test
    void withMeanStretchesBothEnds() {
        assertEquals(new Uniform(2, 6), new Uniform(1, 3).withMean(4));
    }

    @Test
    void cdfAndQuantileAreLinear() {
        Uniform u = new Uniform(1, 3);
        assertEquals(0.25, u.cdf(1.5));
        assertEquals(2.5, u.quantile(0.75));
    }

    @Test
    void rejectsMaxNotAboveMin() {
        String message = assertThrows(IllegalArgumentException.class, () -> new Uniform(2, 2)).getMessage();
        assertTrue(message.startsWith("max = 2.0") && message.contains("det(value"), message);
    }
}
