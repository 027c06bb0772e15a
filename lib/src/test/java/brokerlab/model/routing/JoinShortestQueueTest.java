package brokerlab.model.routing;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class JoinShortestQueueTest {
    @Test
    void picksTheServerWithFewestJobs() {
        assertEquals(2, new JoinShortestQueue().choose(FakeView.jobs(3, 2, 1, 4), RandomStream.of(1, 2)));
    }

    @Test
    void breaksTiesUniformlyAtRandom() {
        // servers 1 and 3 tie at 0 jobs: each should get half; 4,000 draws, sd = sqrt(4000 · 0.25) ≈ 32
        FakeView view = FakeView.jobs(2, 0, 1, 0);
        RandomStream rng = RandomStream.of(3, RandomStream.ROUTING);
        int[] count = new int[4];
        for (int k = 0; k < 4_000; k++) count[new JoinShortestQueue().choose(view, rng)]++;
        assertEquals(0, count[0] + count[2]);
        assertEquals(2_000, count[1], 5 * 32);
    }
}
