package brokerlab.analytic.network;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RoutingTest {
    @Test
    void trafficEquationsOfAFeedbackLoop() {
        // l0 = 1 + 0.5 l1, l1 = l0  =>  l0 = l1 = 2
        assertArrayEquals(new double[]{2, 2},
                Routing.solveTraffic(new double[]{1, 0}, new double[][]{{0, 1}, {0.5, 0}}), 1e-12);
    }

    @Test
    void solvesAThreeStationNetworkWithFeedbackByHand() {
        // 1 -> 2 w.p. 1; 2 -> 3 w.p. 0.5, 2 -> 1 w.p. 0.25, exit 0.25; 3 -> 2 w.p. 0.5, exit 0.5; gamma = (2, 0, 0).
        // l1 = 2 + 0.25 l2; l2 = l1 + 0.5 l3; l3 = 0.5 l2  =>  l2 = l1 + 0.25 l2  =>  l2 = 4/3 l1
        // l1 = 2 + 1/3 l1  =>  l1 = 3, l2 = 4, l3 = 2 (check: exits 0.25 x 4 + 0.5 x 2 = 2 = gamma)
        double[][] p = {{0, 1, 0}, {0.25, 0, 0.5}, {0, 0.5, 0}};
        assertArrayEquals(new double[]{3, 4, 2}, Routing.solveTraffic(new double[]{2, 0, 0}, p), 1e-12);
    }

    @Test
    void rejectsRowsAboveOneAndWrongShapes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Routing.validate(new double[]{1, 0}, new double[][]{{0, 0.7}, {0.6, 0.6}}));
        assertTrue(e.getMessage().contains("sum(routing[1])"), e.getMessage());
        var s = assertThrows(IllegalArgumentException.class,
                () -> Routing.validate(new double[]{1, 0}, new double[][]{{0, 1}}));
        assertTrue(s.getMessage().contains("routing.length"), s.getMessage());
        var z = assertThrows(IllegalArgumentException.class,
                () -> Routing.validate(new double[]{0, 0}, new double[][]{{0, 0}, {0, 0}}));
        assertTrue(z.getMessage().contains("externalRates"), z.getMessage());
    }
}
