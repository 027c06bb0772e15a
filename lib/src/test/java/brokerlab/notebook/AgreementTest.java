package brokerlab.notebook;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class AgreementTest {

    @Test
    void checksWithinToleranceAccumulateAndEachCallShowsOnlyTheNewOnes() {
        var a = Agreement.start().same("4/19", 4.0 / 19, 0.21052631578947367, 1e-12).same("ln 100", Math.log(100), 4.605170185988091, 1e-12);
        assertEquals(2, a.latest().rowCount());
        a.same("pi", Math.PI, 3.14159, 1e-5);
        var next = a.latest();
        assertEquals(1, next.rowCount());
        assertEquals("pi", next.get(0, 0));
        assertEquals(3, a.count());
    }

    @Test
    void theToleranceIsRelativeAboveOneAndAbsoluteBelow() {
        // 1000 vs 1001: difference 1 = 1e-3 of 1000, so a relative 1e-3 passes; 0.001 vs 0.002: 1e-3 absolute
        Agreement.start().same("large", 1001, 1000, 1e-3).same("small", 0.002, 0.001, 1e-3);
        var e = assertThrows(IllegalStateException.class, () -> Agreement.start().same("B(3, 2)", 0.2106, 4.0 / 19, 1e-12));
        assertTrue(e.getMessage().startsWith("B(3, 2): library 0.2106"), e.getMessage());
    }

    @Test
    void aSimulatedIntervalMustLieWithinTheGivenHalfWidthsOfTheLibraryValue() {
        var ci = new ConfidenceInterval(10.2, 0.1, 0.95, 10);   // 10.2 ± 0.1
        var a = Agreement.start().inside("Wq", 10.0, ci, 3);     // 0.2 <= 0.3
        assertEquals(0.2, a.worstRelativeDifference() * 10, 1e-12);
        assertEquals("Wq", a.worstCheck());
        assertThrows(IllegalStateException.class, () -> Agreement.start().inside("Wq", 10.0, ci, 1));
    }

    @Test
    void theWorstCheckIsTheLargestRelativeDifference() {
        var a = Agreement.start().same("a", 1.0, 1.0, 0).same("b", 2.0 + 1e-9, 2.0, 1e-6).same("c", 3.0, 3.0, 0);
        assertEquals("b", a.worstCheck());
        assertEquals(0.5e-9, a.worstRelativeDifference(), 1e-15);
    }
}
