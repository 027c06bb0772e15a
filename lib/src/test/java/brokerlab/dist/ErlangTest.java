package brokerlab.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErlangTest {
    @Test
    void scvIsOneOverK() {
        assertEquals(0.25, new Erlang(4, 1).scv());
        // Independently from the moments: k = 4, mean 1, phase rate 4: E[X^2] = k(k+1)/rate^2 = 20/16 = 1.25.
        assertEquals(1.25, new Erlang(4, 1).moment(2), 1e-15);
    }

    @Test
    void cdfMatchesTheTwoPhaseClosedForm() {
        // k = 2, mean 1, phase rate 2: F(x) = 1 - exp(-2x)(1 + 2x); at x = 1: 1 - 3 e^-2 = 0.59399415...
        assertEquals(1 - 3 * Math.exp(-2), new Erlang(2, 1).cdf(1), 1e-14);
    }

    @Test
    void oneStageIsTheExponential() {
        Erlang e = new Erlang(1, 2);
        Exponential x = Exponential.ofMean(2);
        for (double t : new double[] {0.1, 1, 5}) assertEquals(x.cdf(t), e.cdf(t), 1e-14);
        assertEquals(2 * Math.log(2), e.quantile(0.5), 1e-12);
    }

    @Test
    void thirdMomentIsTheRisingFactorialOverRateCubed() {
        assertEquals(2 * 3 * 4 / 8.0, new Erlang(2, 1).moment(3), 1e-14);   // k(k+1)(k+2)/rate^3 = 24/8 = 3
    }

    @Test
    void rejectsZeroPhasesNamingK() {
        String message = assertThrows(IllegalArgumentException.class, () -> new Erlang(0, 1)).getMessage();
        assertTrue(message.startsWith("k = 0"), message);
    }
}
