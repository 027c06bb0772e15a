package brokerlab.model.network;

import brokerlab.random.RandomStream;
import brokerlab.stats.RunningStats;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RetriesTest {
    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void immediateRetriesWaitNothingAndNoneHasNoRetries() {
        var rng = RandomStream.of(1, RandomStream.MISC);
        assertEquals(0, Retries.immediate(1, 3).delay(2, rng));
        assertEquals(0, Retries.none(1).maxRetries());
        assertFalse(Retries.immediate(1, 3).hasBudget());
        assertTrue(Retries.immediate(1, 3).withBudget(0.1).hasBudget());
    }

    @Test
    void fullJitterBackoffDrawsUniformlyBelowTheGrowingCeiling() {
        // retry k waits U(0, base * factor^(k-1)): base 0.5, factor 2, k = 3 gives U(0, 2), mean 1
        Retries r = Retries.immediate(1, 5).withBackoff(0.5, 2);
        var rng = RandomStream.of(7, RandomStream.MISC);
        RunningStats s = new RunningStats();
        for (int i = 0; i < 100_000; i++) {
            double d = r.delay(3, rng);
            assertTrue(d >= 0 && d <= 2, "delay " + d + " outside [0, 2]");
            s.add(d);
        }
        assertEquals(1.0, s.mean(), 0.01);            // sd of U(0, 2) is 0.577, so the mean's sd is 0.0018
    }

    @Test
    void rejectsBadRulesNamingTheParameter() {
        assertTrue(message(() -> Retries.none(0)).contains("timeout"));
        assertTrue(message(() -> Retries.none(Double.NaN)).contains("timeout"));
        assertTrue(message(() -> Retries.immediate(1, -1)).contains("maxRetries"));
        assertTrue(message(() -> Retries.immediate(1, 2).withBackoff(0.1, 0.5)).contains("backoffFactor"));
        assertTrue(message(() -> Retries.immediate(1, 2).withBackoff(-1, 2)).contains("backoff"));
        assertTrue(message(() -> Retries.immediate(1, 2).withBudget(-0.1)).contains("budgetRatio"));
        assertTrue(message(() -> Retries.immediate(1, 2).withBudget(0.1, 0.5)).contains("budgetCap"));
    }

    @Test
    void describesItselfInWords() {
        assertEquals("timeout 1.00 s, up to 3 retries at once, budget 0.100 per request (at most 10.0 tokens)",
                Retries.immediate(1, 3).withBudget(0.1).toString());
    }
}
