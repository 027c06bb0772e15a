package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ErlangBTest {

    /** Direct formula B = (a^c/c!) / sum_{k<=c} a^k/k!, fine for small c; independent of the recursion. */
    private static double direct(int c, double a) {
        double term = 1, sum = 1;
        for (int k = 1; k <= c; k++) {
            term *= a / k;
            sum += term;
        }
        return term / sum;
    }

    @Test
    void tenServersFiveErlangsMatchesPublishedTable() {
        // Erlang B tables (e.g. Tijms 2003 §5.1 or any teletraffic table): B(10, 5) = 0.018384.
        // By hand: a^10/10! = 9765625/3628800 = 2.69114; sum_{k=0}^{10} 5^k/k! = 146.3806; ratio 0.0183845.
        assertEquals(0.018384, ErlangB.blockingProbability(10, 5), 1e-6);
        assertEquals(direct(10, 5), ErlangB.blockingProbability(10, 5), 1e-14);
    }

    @Test
    void oneServerIsAOverOnePlusA() {
        // B(1, a) = a / (1 + a)
        assertEquals(0.75, ErlangB.blockingProbability(1, 3), 1e-15);
    }

    @Test
    void agreesWithDirectSumForSmallSystems() {
        for (int c = 1; c <= 30; c++) {
            for (double a : new double[]{0.1, 1, 7.5, 25}) {
                assertEquals(direct(c, a), ErlangB.blockingProbability(c, a), 1e-12, "c=" + c + " a=" + a);
            }
        }
    }

    @Test
    void thousandsOfServersStayFiniteAndInUnitInterval() {
        double b = ErlangB.blockingProbability(5000, 4900);
        assertTrue(b > 0 && b < 1, "B = " + b);
    }

    @Test
    void zeroServersLoseEverything() {
        assertEquals(1.0, ErlangB.blockingProbability(0, 2.0));
    }

    @Test
    void rejectsNegativeLoadNamingTheParameter() {
        var e = assertThrows(IllegalArgumentException.class, () -> ErlangB.blockingProbability(3, -1));
        assertTrue(e.getMessage().contains("offeredLoad"), e.getMessage());
        var s = assertThrows(IllegalArgumentException.class, () -> ErlangB.blockingProbability(-1, 1));
        assertTrue(s.getMessage().contains("servers"), s.getMessage());
    }

    @Test
    void aBillionServersAtASmallLoadStopOnceBUnderflows() {
        // B(c, 3.6) for c past a few hundred is below the smallest normal double: 0, after a few hundred steps,
        // where the full recursion would take 10^9 (seconds)
        long start = System.nanoTime();
        assertEquals(0, ErlangB.blockingProbability(1_000_000_000, 3.6), 0);
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "fast");
        // and where B stays a normal double the answer is the recursion's, step for step
        double b = 1;
        for (int k = 1; k <= 150; k++) b = 3.6 * b / (k + 3.6 * b);
        assertEquals(b, ErlangB.blockingProbability(150, 3.6), 0);
    }
}
