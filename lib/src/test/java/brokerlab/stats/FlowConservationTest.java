package brokerlab.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FlowConservationTest {

    @Test
    void balancedCountsHold() {
        var f = new FlowConservation(100, 90, 7, 3);     // 90 + 7 + 3 = 100
        assertTrue(f.holds());
        assertSame(f, f.requireHolds());
    }

    @Test
    void aLostJobIsReportedWithTheCounts() {
        var f = new FlowConservation(100, 90, 7, 2);     // 99 accounted for: one lost
        assertEquals(1, f.imbalance());
        var e = assertThrows(IllegalStateException.class, f::requireHolds);
        assertTrue(e.getMessage().contains("1 jobs lost") && e.getMessage().contains("arrived 100"), e.getMessage());
    }

    @Test
    void rejectsNegativeCounts() {
        var e = assertThrows(IllegalArgumentException.class, () -> new FlowConservation(1, -1, 0, 0));
        assertTrue(e.getMessage().contains("departed"), e.getMessage());
    }
}
