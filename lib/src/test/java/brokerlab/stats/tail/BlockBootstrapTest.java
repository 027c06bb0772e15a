package brokerlab.stats.tail;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

class BlockBootstrapTest {

    @Test
    void independentExponentialsGiveAnIntervalAroundTheTrueQuantile() {
        RandomStream rng = RandomStream.of(1, 0);
        double[] xs = new double[4_000];
        for (int i = 0; i < xs.length; i++) xs[i] = rng.nextExponential();
        double q90 = -Math.log(0.1);   // 2.3026
        BootstrapInterval b = BlockBootstrap.percentile(xs, 0.9, 20, 500, 0.95, RandomStream.of(2, 0));
        assertTrue(b.contains(q90), b.toString());
    }

    @Test
    void longBlocksWidenTheIntervalOfAStronglyCorrelatedSeries() {
        // AR(1) with phi = 0.98: neighbours nearly equal, so about 1/50 as much information as n independent values
        RandomStream rng = RandomStream.of(3, 0);
        double[] xs = new double[5_000];
        for (int i = 1; i < xs.length; i++) xs[i] = 0.98 * xs[i - 1] + rng.nextGaussian();
        BootstrapInterval plain = BlockBootstrap.percentile(xs, 0.99, 1, 400, 0.95, RandomStream.of(4, 0));
        BootstrapInterval blocks = BlockBootstrap.percentile(xs, 0.99, 100, 400, 0.95, RandomStream.of(4, 0));
        assertTrue(blocks.upper() - blocks.lower() > 2 * (plain.upper() - plain.lower()), plain + " vs " + blocks);
    }

    @Test
    void aBlockLongerThanTheSeriesIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> BlockBootstrap.percentile(new double[]{1, 2, 3}, 0.5, 4, 100, 0.95, RandomStream.of(1, 0)));
        assertTrue(e.getMessage().startsWith("block = 4"), e.getMessage());
    }
}
