package brokerlab.model.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LeastConnectionsTest {
    @Test
    void weighsConnectionsBySpeed() {
        // server 0 is 4 times as fast: 3/4 < 1/1, so it still gets the job despite more connections
        FakeView view = new FakeView(new double[]{4, 1}, new int[]{3, 1});
        assertEquals(0, new LeastConnections().choose(view, null));
    }

    @Test
    void rotatesTiesInsteadOfFavouringServerZero() {
        FakeView view = FakeView.jobs(1, 1, 1);
        int[] seen = new int[3];
        for (int k = 0; k < 3; k++) {
            view.decisions = k;
            seen[k] = new LeastConnections().choose(view, null);
        }
        assertArrayEquals(new int[]{0, 1, 2}, seen);
    }
}
