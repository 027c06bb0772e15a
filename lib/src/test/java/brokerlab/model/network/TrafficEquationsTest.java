package brokerlab.model.network;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TrafficEquationsTest {
    @Test
    void solvesAThreeStationNetworkWithFeedbackByHand() {
        // 1 -> 2 w.p. 1; 2 -> 3 w.p. 0.5, 2 -> 1 w.p. 0.25, exit 0.25; 3 -> 2 w.p. 0.5, exit 0.5; gamma = (2, 0, 0).
        // l1 = 2 + 0.25 l2; l2 = l1 + 0.5 l3; l3 = 0.5 l2  =>  l2 = l1 + 0.25 l2  =>  l2 = 4/3 l1
        // l1 = 2 + 1/3 l1  =>  l1 = 3, l2 = 4, l3 = 2 (check: exits 0.25 x 4 + 0.5 x 2 = 2 = gamma)
        double[][] p = {{0, 1, 0}, {0.25, 0, 0.5}, {0, 0.5, 0}};
        assertArrayEquals(new double[]{3, 4, 2}, TrafficEquations.solve(p, new double[]{2, 0, 0}), 1e-12);
    }
}
