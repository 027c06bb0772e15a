package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RootsTest {

    @Test
    void findsASimpleRootToFullPrecision() {
        assertEquals(Math.sqrt(2), Roots.brent("sqrt 2", x -> x * x - 2, 0, 2, 1e-15, 1e-300), 4e-16);
    }

    @Test
    void aSolverFailureIsAnIllegalStateNotBadInput() {
        // no sign change on [0, 1]: commons-math throws NoBracketingException, an IllegalArgumentException, which
        // the command line would report as the user's mistake (exit 2); the convention makes it a defect (exit 1)
        var e = assertThrows(IllegalStateException.class, () -> Roots.brent("the test quantity", x -> 1 + x, 0, 1, 1e-15, 1e-300));
        assertTrue(e.getMessage().contains("the test quantity"), e.getMessage());
        assertTrue(e.getMessage().contains("valid input"), e.getMessage());
    }
}
