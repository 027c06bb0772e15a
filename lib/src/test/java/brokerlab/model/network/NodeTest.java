package brokerlab.model.network;

import brokerlab.dist.Exponential;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class NodeTest {
    @Test
    void capacityRateCountsServersAvailabilityAndServiceRate() {
        // 4 servers x rate 10 x availability 9/(9+1) = 36 jobs per unit time
        Node s = Node.of("broker", 4, Exponential.withRate(10))
                .withBreakdowns(new Breakdowns(Exponential.ofMean(9), Exponential.ofMean(1)));
        assertEquals(36, s.capacityRate(), 1e-12);
        assertFalse(s.hasFiniteCapacity());
        assertTrue(s.withCapacity(10).hasFiniteCapacity());
    }

    @Test
    void rejectsBadParametersNamingTheStation() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Node.of("db", 0, Exponential.withRate(1)))
                .getMessage().startsWith("servers of 'db' = 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Node.of(" ", 1, Exponential.withRate(1)))
                .getMessage().startsWith("name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Node.of("db", 1, null))
                .getMessage().startsWith("service of 'db'"));
    }
}
