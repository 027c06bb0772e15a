package brokerlab.model.network;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ErlangCTest {
    @Test
    void matchesTheTextbookValueForTwoServers() {
        // M/M/2, a = 1: sum_{k<2} a^k/k! = 2, a^2/(2! (1 - 1/2)) = 1, C = 1 / (2 + 1) = 1/3
        assertEquals(1.0 / 3, ErlangC.probabilityOfWaiting(2, 1.0), 1e-14);
        // one server: C = rho
        assertEquals(0.7, ErlangC.probabilityOfWaiting(1, 0.7), 1e-14);
    }

    @Test
    void staysFiniteAndOrderedForHundredsOfServers() {
        // a^c / c! overflows a double for c = 500; the recursion does not. More servers at the same load wait less.
        double c500 = ErlangC.probabilityOfWaiting(500, 480);
        double c520 = ErlangC.probabilityOfWaiting(520, 480);
        assertTrue(c500 > 0 && c500 < 1 && c520 > 0 && c520 < c500, c500 + " " + c520);
    }
}
