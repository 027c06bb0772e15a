package brokerlab.analytic.network;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MvaTest {

    @Test
    void twoStationsThreeClientsMatchesHandComputation() {
        // D1 = 1, D2 = 0.5, Z = 0. MVA by hand:
        // n=1: R = (1, 0.5), X = 1/1.5, Q = (2/3, 1/3)
        // n=2: R = (5/3, 2/3), X = 2/(7/3) = 6/7, Q = (10/7, 4/7)
        // n=3: R = (17/7, 11/14), X = 3/(45/14) = 14/15
        // Product form check: G(3) = sum over n1 of 1^n1 0.5^(3-n1) = 1.875, G(2) = 1.75, X = G(2)/G(3) = 14/15.
        var mva = new Mva(List.of(Mva.Station.queue("cpu", 1), Mva.Station.queue("disk", 0.5)), 0);
        var r = mva.solve(3);
        assertEquals(14.0 / 15, r.throughput(), 1e-12);
        assertEquals(17.0 / 7, r.stationResponse()[0], 1e-12);
        assertEquals(11.0 / 14, r.stationResponse()[1], 1e-12);
        assertEquals(3 / (14.0 / 15), r.responseTime(), 1e-12);
    }

    /** Finite-source M/M/c//N by its birth-death chain: birth (N-n)/Z, death min(n,c)/S. */
    private static double[] machineRepair(int n, double z, double s, int c) {
        double[] p = new double[n + 1];
        p[0] = 1;
        double sum = 1;
        for (int k = 1; k <= n; k++) {
            p[k] = p[k - 1] * ((n - k + 1) / z) / (Math.min(k, c) / s);
            sum += p[k];
        }
        double x = 0;
        for (int k = 1; k <= n; k++) x += p[k] / sum * Math.min(k, c) / s;
        return new double[]{x, n / x - z};
    }

    @Test
    void singleServerMatchesTheMachineRepairmanClosedForm() {
        double[] exact = machineRepair(10, 5, 1, 1);
        var r = new Mva(List.of(Mva.Station.queue("repair", 1)), 5).solve(10);
        assertEquals(exact[0], r.throughput(), 1e-12);
        assertEquals(exact[1], r.responseTime(), 1e-10);
    }

    @Test
    void loadDependentMultiServerMatchesFiniteSourceMMc() {
        double[] exact = machineRepair(12, 4, 1.5, 3);
        var r = new Mva(List.of(Mva.Station.multiServer("pool", 1.5, 3)), 4).solve(12);
        assertEquals(exact[0], r.throughput(), 1e-10);
        assertEquals(exact[1], r.responseTime(), 1e-9);
    }

    @Test
    void delayStationAddsItsDemandOnly() {
        var a = new Mva(List.of(Mva.Station.queue("q", 1)), 2).solve(5);
        var b = new Mva(List.of(Mva.Station.queue("q", 1), Mva.Station.delay("net", 0.7)), 1.3).solve(5);
        assertEquals(a.throughput(), b.throughput(), 1e-12, "a delay of 0.7 plus think 1.3 is think 2");
        assertEquals(a.responseTime() + 0.7, b.responseTime(), 1e-12);
    }

    @Test
    void asymptoticBoundsHoldForAllPopulations() {
        var mva = new Mva(List.of(Mva.Station.queue("a", 0.4), Mva.Station.queue("b", 0.25),
                Mva.Station.multiServer("c", 0.9, 2)), 3);
        for (var r : mva.solveUpTo(40)) {
            int n = r.population();
            assertTrue(r.throughput() <= mva.throughputUpperBound(n) + 1e-12, "X at N=" + n);
            assertTrue(r.responseTime() >= mva.responseLowerBound(n) - 1e-12, "R at N=" + n);
        }
        // at large N throughput approaches 1/D_max = 1/0.45
        assertEquals(1 / 0.45, mva.solve(300).throughput(), 1e-3);   // saturation: X -> 1/D_max
    }

    @Test
    void rejectsBadInput() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mva.Station.queue("q", 0)).getMessage().contains("demand"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Mva(List.of(), 1)).getMessage().contains("stations"));
        var mva = new Mva(List.of(Mva.Station.queue("q", 1)), 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> mva.solve(0)).getMessage().contains("population"));
    }
}
