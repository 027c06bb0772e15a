package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HeavyTailTest {
    @Test
    void singleServerNeedsAlphaAboveTwo() {
        assertTrue(HeavyTail.meanWaitFinite(2.5, 1, 0.9));
        assertFalse(HeavyTail.meanWaitFinite(1.9, 1, 0.5));
        assertFalse(HeavyTail.meanWaitFinite(2.0, 1, 0.5), "Pareto alpha = 2 has E[S^2] infinite");
    }

    @Test
    void spareServersRelaxTheCondition() {
        // alpha = 1.5, s = 3: rho = 0.9 gives s - floor(rho) = 3, need alpha > 4/3: finite;
        // rho = 2.5 gives s - floor(rho) = 1, need alpha > 2: infinite.
        assertTrue(HeavyTail.meanWaitFinite(1.5, 3, 0.9));
        assertFalse(HeavyTail.meanWaitFinite(1.5, 3, 2.5));
        assertEquals(4.0 / 3, HeavyTail.requiredServiceMoment(3, 0.9), 1e-15);
    }

    @Test
    void minimumServersIsTheFirstCountWithAFiniteMeanWait() {
        // alpha = 1.5, rho = 2.5: s = 4 gives 2 spare, need 1.5 > 1.5 (no); s = 5 gives 3, need 1.5 > 4/3 (yes)
        assertEquals(5, HeavyTail.minimumServersForFiniteMeanWait(1.5, 2.5));
        for (double alpha : new double[]{1.2, 1.5, 2.2, 3}) {
            for (double rho : new double[]{0.4, 2.5, 7.0}) {
                int s = HeavyTail.minimumServersForFiniteMeanWait(alpha, rho);
                assertTrue(HeavyTail.meanWaitFinite(alpha, s, rho));
                if (s - 1 > rho) assertFalse(HeavyTail.meanWaitFinite(alpha, s - 1, rho));
            }
        }
    }

    @Test
    void explanationStatesTheCondition() {
        String text = HeavyTail.explain(1.5, 3, 2.5);
        assertTrue(text.contains("infinite") && text.contains("Scheller-Wolf"), text);
    }

    @Test
    void rejectsAlphaAtMostOneAndUnstableLoad() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeavyTail.meanWaitFinite(1.0, 2, 1)).getMessage().contains("alpha"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeavyTail.meanWaitFinite(2.5, 2, 2)).getMessage().contains("unstable"));
    }
}
