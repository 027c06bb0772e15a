package brokerlab.model.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WeightedRoundRobinTest {
    @Test
    void interleavesSmoothlyLikeNginx() {
        // nginx's documented example: weights a=5, b=1, c=1 give the cycle a a b a c a a
        WeightedRoundRobin wrr = new WeightedRoundRobin(5, 1, 1);
        FakeView view = FakeView.jobs(0, 0, 0);
        int[] seen = new int[14];
        for (int k = 0; k < 14; k++) {
            view.decisions = k;
            seen[k] = wrr.choose(view, null);
        }
        assertArrayEquals(new int[]{0, 0, 1, 0, 2, 0, 0, 0, 0, 1, 0, 2, 0, 0}, seen);
    }

    @Test
    void neverUsesAZeroWeightServer() {
        WeightedRoundRobin wrr = new WeightedRoundRobin(0, 2, 1);
        FakeView view = FakeView.jobs(0, 0, 0);
        for (int k = 0; k < 30; k++) {
            view.decisions = k;
            assertNotEquals(0, wrr.choose(view, null));
        }
        assertArrayEquals(new double[]{0, 2.0 / 3, 1.0 / 3}, wrr.fractions(3), 1e-12);
    }

    @Test
    void rejectsNegativeOrAllZeroWeights() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WeightedRoundRobin(1, -1)).getMessage().contains("weights[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WeightedRoundRobin(0, 0)).getMessage().contains("weights"));
    }
}
