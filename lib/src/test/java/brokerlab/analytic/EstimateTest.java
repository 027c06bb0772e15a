package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class EstimateTest {
    @Test
    void finiteArithmeticKeepsTheMethod() {
        Estimate e = Estimate.of(2, "X").plus(1).times(2);
        assertEquals(6, e.value());
        assertEquals("X", e.method());
    }

    @Test
    void infiniteRefusesToGiveANumberButSaysWhy() {
        Estimate e = Estimate.infinite("P-K", "E[S^2] infinite").plus(1);
        assertFalse(e.isFinite());
        assertEquals(Double.POSITIVE_INFINITY, e.valueOrInfinity());
        assertTrue(assertThrows(ArithmeticException.class, e::value).getMessage().contains("E[S^2] infinite"));
    }

    @Test
    void finiteRejectsNaN() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Estimate.of(Double.NaN, "m")).getMessage().contains("value"));
    }
}
