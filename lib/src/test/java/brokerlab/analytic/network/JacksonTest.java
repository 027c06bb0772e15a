package brokerlab.analytic.network;

import brokerlab.analytic.MMc;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class JacksonTest {
    static final double[] GAMMA = {1, 0.5, 0};
    static final double[][] P = {{0, 0.6, 0.3}, {0, 0, 0.8}, {0.2, 0, 0}};

    @Test
    void tandemIsTheSumOfMM1Responses() {
        var j = new Jackson(new double[]{1, 0}, new double[][]{{0, 1}, {0, 0}}, new double[]{2, 3}, new int[]{1, 1});
        assertEquals(1 / (2.0 - 1) + 1 / (3.0 - 1), j.meanResponse(), 1e-12);   // 1 + 0.5
    }

    @Test
    void feedbackMultipliesVisits() {
        // gamma = 1, feedback 0.5: lambda = 2 at mu = 3; per visit 1/(3-2) = 1, two visits on average: E[T] = 2
        var j = new Jackson(new double[]{1}, new double[][]{{0.5}}, new double[]{3}, new int[]{1});
        assertEquals(2.0, j.arrivalRates()[0], 1e-12);
        assertEquals(2.0, j.visitRatios()[0], 1e-12);
        assertEquals(2.0, j.meanResponse(), 1e-12);
    }

    @Test
    void trafficEquationsMatchHandSolution() {
        // lambda3 = 0.3 l1 + 0.8 l2, l2 = 0.5 + 0.6 l1, l1 = 1 + 0.2 l3  =>  l1 = 1.08/0.844
        var j = new Jackson(GAMMA, P, new double[]{2, 1, 2}, new int[]{1, 2, 1});
        double l1 = 1.08 / 0.844, l2 = 0.5 + 0.6 * l1, l3 = 0.3 * l1 + 0.8 * l2;
        assertArrayEquals(new double[]{l1, l2, l3}, j.arrivalRates(), 1e-12);
        assertEquals(new MMc(l2, 1, 2).meanResponse(), j.station(1).meanResponse(), 1e-12);
        double l = new MMc(l1, 2, 1).meanNumberInSystem() + new MMc(l2, 1, 2).meanNumberInSystem()
                + new MMc(l3, 2, 1).meanNumberInSystem();
        assertEquals(l / 1.5, j.meanResponse(), 1e-12);
    }

    @Test
    void unstableStationIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () ->
                new Jackson(new double[]{1, 0}, new double[][]{{0, 1}, {0, 0}}, new double[]{2, 0.9}, new int[]{1, 1}));
        assertTrue(e.getMessage().contains("station 1"), e.getMessage());
    }

    @Test
    void closedLoopWithoutExitIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () ->
                new Jackson(new double[]{1}, new double[][]{{1}}, new double[]{3}, new int[]{1}));
        assertTrue(e.getMessage().contains("routing"), e.getMessage());
        var r = assertThrows(IllegalArgumentException.class, () ->
                new Jackson(new double[]{1}, new double[][]{{1.2}}, new double[]{3}, new int[]{1}));
        assertTrue(r.getMessage().contains("routing[0][0]"), r.getMessage());
    }
}
