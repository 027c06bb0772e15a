package brokerlab.analytic;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ErlangCTest {

    @Test
    void threeServersTwoErlangsIsFourNinths() {
        // p0 = 1/(1 + 2 + 2 + (8/6)·3/(3-2)) = 1/9; C = (8/6)·3·p0 = 4/9.
        assertEquals(4.0 / 9, ErlangC.waitProbability(3, 2), 1e-14);
    }

    @Test
    void twoServersOneErlangIsOneThird() {
        // M/M/2, a = 1: sum_{k<2} a^k/k! = 2, a^2/(2! (1 - 1/2)) = 1, C = 1 / (2 + 1) = 1/3
        assertEquals(1.0 / 3, ErlangC.waitProbability(2, 1.0), 1e-14);
    }

    @Test
    void staysFiniteAndOrderedForHundredsOfServers() {
        // a^c / c! overflows a double for c = 500; the recursion does not. More servers at the same load wait less.
        double c500 = ErlangC.waitProbability(500, 480);
        double c520 = ErlangC.waitProbability(520, 480);
        assertTrue(c500 > 0 && c500 < 1 && c520 > 0 && c520 < c500, c500 + " " + c520);
    }

    @Test
    void oneServerWaitProbabilityIsTheUtilization() {
        assertEquals(0.7, ErlangC.waitProbability(1, 0.7), 1e-14);
    }

    @Test
    void thousandServersAtNinetyFivePercentMatchesLogSpaceSum() {
        int c = 1000;
        double a = 950;
        // Independent evaluation in log space: terms a^k/k! for k < c and the tail a^c/c! · c/(c - a).
        double[] logs = new double[c + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= c; k++) {
            logs[k] = k * Math.log(a) - Gamma.logGamma(k + 1.0) + (k == c ? Math.log(c / (c - a)) : 0);
            max = Math.max(max, logs[k]);
        }
        double sum = 0;
        for (double l : logs) sum += Math.exp(l - max);
        double expected = Math.exp(logs[c] - max) / sum;
        double got = ErlangC.waitProbability(c, a);
        assertTrue(got > 0 && got < 1, "C = " + got);
        assertEquals(expected, got, 1e-10);
    }

    @Test
    void rejectsLoadAtOrAboveServerCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> ErlangC.waitProbability(2, 2));
        assertTrue(e.getMessage().contains("offeredLoad/servers"), e.getMessage());
        assertTrue(e.getMessage().contains("unstable"), e.getMessage());
    }

    @Test
    void rejectsZeroServers() {
        var e = assertThrows(IllegalArgumentException.class, () -> ErlangC.waitProbability(0, 0.5));
        assertTrue(e.getMessage().contains("servers"), e.getMessage());
    }
}
