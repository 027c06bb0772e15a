package brokerlab.model.routing;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PowerOfDChoicesTest {
    @Test
    void avoidsTheBusiestServerUnlessSampledTwice() {
        // Two servers, the busy one (0) is chosen only if both samples hit it: probability 1/4.
        FakeView view = FakeView.jobs(5, 0);
        RandomStream rng = RandomStream.of(4, RandomStream.ROUTING);
        int busy = 0;
        for (int k = 0; k < 4_000; k++) if (new PowerOfDChoices(2).choose(view, rng) == 0) busy++;
        assertEquals(1_000, busy, 5 * Math.sqrt(4_000 * 0.25 * 0.75));
    }

    @Test
    void withEnoughChoicesFindsTheShortestQueueAlmostSurely() {
        // d = 40 samples among 4 servers miss server 3 with probability (3/4)^40 ≈ 1e-5
        FakeView view = FakeView.jobs(5, 4, 3, 0);
        assertEquals(3, new PowerOfDChoices(40).choose(view, RandomStream.of(5, RandomStream.ROUTING)));
    }

    @Test
    void rejectsDBelowOne() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PowerOfDChoices(0)).getMessage().contains("d = 0"));
    }
}
