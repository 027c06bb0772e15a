package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MMInfinityTest {
    @Test
    void occupancyIsPoissonWithMeanOfferedLoad() {
        var q = new MMInfinity(3, 2);   // a = 1.5
        assertEquals(1.5, q.meanNumberInSystem(), 1e-15);
        assertEquals(Math.exp(-1.5), q.probabilityOf(0), 1e-15);
        assertEquals(Math.exp(-1.5) * 1.5 * 1.5 / 2, q.probabilityOf(2), 1e-15);
        assertEquals(0.5, q.meanResponse(), 1e-15);
    }

    @Test
    void isTheLimitOfManyServers() {
        assertEquals(new MMInfinity(3, 2).meanResponse(), new MMc(3, 2, 60).meanResponse(), 1e-12);
    }

    @Test
    void rejectsNegativeRate() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MMInfinity(-1, 1)).getMessage().contains("arrivalRate"));
    }
}
