package brokerlab.model.threading;

import static org.junit.jupiter.api.Assertions.*;

import brokerlab.dist.Exponential;
import org.junit.jupiter.api.Test;

class ContendedPoolTest {
    @Test
    void speedFollowsTheContentionLaw() {
        var pool = new ContendedPool(1, Exponential.withRate(10), 4, 8, 0.05);
        assertEquals(1.0, pool.speed(1), 1e-15);                       // min(1, 4/1) * (1 - 0)
        assertEquals(0.5 * (1 - 0.05 * 7), pool.speed(8), 1e-15);      // min(1, 4/8) * (1 - 0.35)
    }

    @Test
    void rejectsAnOverheadThatStopsTheLastThread() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ContendedPool(1, Exponential.withRate(10), 4, 21, 0.05));
        assertTrue(e.getMessage().contains("threads"), e.getMessage());
    }

    @Test
    void rejectsAnUnstablePool() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ContendedPool(30, Exponential.withRate(10), 4, 8, 0.05));
        assertTrue(e.getMessage().contains("contended pool"), e.getMessage());
    }
}
