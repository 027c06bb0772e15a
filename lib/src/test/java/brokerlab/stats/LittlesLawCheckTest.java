package brokerlab.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LittlesLawCheckTest {

    @Test
    void exactMm1ValuesSatisfyTheLaw() {
        // M/M/1, lambda = 0.8, mu = 1: W = 1/(mu - lambda) = 5, L = rho/(1 - rho) = 4 = 0.8 * 5.
        var c = new LittlesLawCheck(0.8, 5.0, 4.0);
        assertEquals(0.0, c.relativeError(), 1e-12);
        assertTrue(c.holds(1e-9));
    }

    @Test
    void reportsTheRelativeGap() {
        var c = new LittlesLawCheck(1.0, 2.2, 2.0);      // lambda W = 2.2 vs L = 2: |0.2| / 2 = 10%
        assertEquals(0.1, c.relativeError(), 1e-12);
        assertTrue(c.holds(0.11));
        assertFalse(c.holds(0.09));
    }

    @Test
    void anEmptySystemHoldsTrivially() {
        assertEquals(0.0, new LittlesLawCheck(0, 0, 0).relativeError());
        assertEquals(Double.POSITIVE_INFINITY, new LittlesLawCheck(1, 1, 0).relativeError());
    }

    @Test
    void rejectsNegativeRates() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LittlesLawCheck(-1, 1, 1));
        assertTrue(e.getMessage().contains("arrivalRate"), e.getMessage());
    }
}
