package brokerlab.model.routing;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RandomSplitTest {
    @Test
    void sendsJobsInProportionToTheWeightsAndNeverToAZeroWeight() {
        // weights 3, 0, 1 ⇒ p = 0.75, 0, 0.25; 40,000 draws: sd of the share = sqrt(0.75 · 0.25 / 40000) ≈ 0.0022
        RandomSplit split = RandomSplit.weighted(3, 0, 1);
        FakeView view = FakeView.jobs(0, 0, 0);
        RandomStream rng = RandomStream.of(1, RandomStream.ROUTING);
        int[] count = new int[3];
        for (int k = 0; k < 40_000; k++) count[split.choose(view, rng)]++;
        assertEquals(0, count[1]);
        assertEquals(0.75, count[0] / 40_000.0, 5 * 0.0022);
        assertArrayEquals(new double[]{0.75, 0, 0.25}, split.fractions(3), 1e-12);
    }

    @Test
    void equalSplitUsesEveryServer() {
        RandomStream rng = RandomStream.of(2, RandomStream.ROUTING);
        int[] count = new int[4];
        for (int k = 0; k < 4_000; k++) count[RandomSplit.equal().choose(FakeView.jobs(0, 0, 0, 0), rng)]++;
        for (int c : count) assertEquals(1_000, c, 5 * Math.sqrt(4_000 * 0.25 * 0.75));
    }

    @Test
    void rejectsBadWeightsNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RandomSplit.weighted(1, -1)).getMessage().contains("weights[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RandomSplit.weighted(0, 0)).getMessage().contains("weights"));
        RandomSplit two = RandomSplit.weighted(1, 1);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> two.choose(FakeView.jobs(0, 0, 0), RandomStream.of(1, 2))).getMessage().contains("one weight per server"));
    }
}
