package brokerlab.dist;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterministicTest {
    @Test
    void everyDrawIsTheValueAndScvIsZero() {
        Deterministic d = new Deterministic(1.5);
        RandomStream rng = RandomStream.of(1, RandomStream.SERVICE);
        for (int i = 0; i < 100; i++) assertEquals(1.5, d.sample(rng));
        assertEquals(0, d.scv());
        assertEquals(1.5 * 1.5 * 1.5, d.moment(3), 1e-15);          // E[X^k] = value^k = 3.375
    }

    @Test
    void cdfIsAStepAtTheValueAndEveryQuantileIsTheValue() {
        Deterministic d = new Deterministic(1.5);
        assertEquals(0, d.cdf(Math.nextDown(1.5)));
        assertEquals(1, d.cdf(1.5));
        assertEquals(1.5, d.quantile(0));
        assertEquals(1.5, d.quantile(0.99));
    }

    @Test
    void rejectsZeroNamingTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Deterministic(0)).getMessage().contains("value = 0.0"));
    }
}
