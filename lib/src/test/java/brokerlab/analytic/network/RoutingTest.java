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
