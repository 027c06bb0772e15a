package brokerlab.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExponentialTest {
    @Test
    void meanIsOneOverTheRateAndScvIsOne() {
        Exponential e = new Exponential(4);
        assertEquals(0.25, e.mean(), 1e-15);
        assertEquals(1, e.scv());
        assertEquals(e, Exponential.ofMean(0.25));
    }

    @Test
    void cdfAndQuantileFollowTheClosedForm() {
        Exponential e = new Exponential(2);
        assertEquals(1 - Math.exp(-2), e.cdf(1), 1e-15);          // F(x) = 1 - exp(-rate x) = 0.8646647...
        assertEquals(Math.log(2) / 2, e.quantile(0.5), 1e-15);     // median ln 2 / rate = 0.3465736
        assertEquals(0, e.cdf(-1));
        assertEquals(Double.POSITIVE_INFINITY, e.quantile(1));
    }

    @Test
    void momentsAreFactorialOverRatePowers() {
        Exponential e = new Exponential(2);
        assertEquals(6.0 / 8, e.moment(3), 1e-15);                 // E[X^3] = 3! / 2^3
        assertEquals(2 * 0.25, e.secondMoment(), 1e-15);           // mean^2 (1 + 1)
    }

    @Test
    void specIsWrittenAsTheRateEvenWhenReadAsTheMean() {
        assertEquals("exp(rate=2)", Distributions.parse("exp(mean=0.5)").spec());
        assertEquals("exp(rate=0.25)", new Exponential(2).withMean(4).spec());
    }

    @Test
    void rejectsANonPositiveRateNamingIt() {
        String message = assertThrows(IllegalArgumentException.class, () -> new Exponential(-1)).getMessage();
        assertTrue(message.contains("rate = -1.0"), message);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Exponential.ofMean(0)).getMessage().contains("mean"));
    }
}
