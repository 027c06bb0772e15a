package brokerlab.model;

import brokerlab.dist.Exponential;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class StationParamsTest {
    private final Exponential arrival = new Exponential(0.2), service = new Exponential(0.1);

    @Test
    void computesLoadAndNormalisesZeroCapacityToInfinite() {
        StationParams p = new StationParams(arrival, service, 3, 0, Discipline.FCFS);
        assertEquals(2.0, p.offeredLoad(), 1e-12);          // a = lambda E[S] = 0.2 × 10
        assertEquals(2.0 / 3, p.utilization(), 1e-12);
        assertTrue(p.infiniteCapacity());
        assertTrue(p.recursionApplies());
        assertFalse(new StationParams(arrival, service, 3, 5, Discipline.FCFS).recursionApplies());
        assertFalse(new StationParams(arrival, service, 3, 0, Discipline.PS).recursionApplies());
    }

    @Test
    void rejectsUnstableLoadWithTheUtilisationInTheMessage() {
        // rho = 0.2 × 10 / 2 = 1
        String m = assertThrows(IllegalArgumentException.class, () -> new StationParams(arrival, service, 2)).getMessage();
        assertTrue(m.startsWith("utilisation 1.000 >= 1: the queue is unstable"), m);
    }

    @Test
    void rejectsBadServersCapacityAndMissingParts() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StationParams(arrival, service, 0)).getMessage().contains("servers = 0"));
        String k = assertThrows(IllegalArgumentException.class, () -> new StationParams(arrival, service, 3, 2, Discipline.FCFS)).getMessage();
        assertTrue(k.contains("capacity = 2") && k.contains("servers (3)"), k);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StationParams(arrival, service, 3, -1, Discipline.FCFS)).getMessage().contains("capacity"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StationParams(null, service, 3)).getMessage().contains("arrival"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StationParams(arrival, service, 3, 0, null)).getMessage().contains("discipline"));
    }

    @Test
    void rejectsNegativeRatesThroughTheDistribution() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StationParams(new Exponential(-1), service, 3)).getMessage().contains("rate"));
    }
}
