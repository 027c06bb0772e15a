package brokerlab.model.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RoundRobinTest {
    @Test
    void cyclesThroughTheServersBlindToTheirQueues() {
        FakeView view = FakeView.jobs(9, 0, 0);
        int[] seen = new int[6];
        for (int k = 0; k < 6; k++) {
            view.decisions = k;
            seen[k] = new RoundRobin().choose(view, null);
        }
        assertArrayEquals(new int[]{0, 1, 2, 0, 1, 2}, seen);
    }
}
