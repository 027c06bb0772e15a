package brokerlab.stats.tail;

import brokerlab.dist.Exponential;
import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static brokerlab.stats.tail.HillEstimatorTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapTest {
    @Test
    void percentileIntervalsCoverTheTrueNinetiethPercentileMostOfTheTime() {
        // Exp(1): the 0.9 quantile is ln 10 = 2.302585. The percentile bootstrap is only asymptotically exact,
        // so 40 intervals at n = 500 should cover roughly 95%; accept 80-100%.
        double exact = Math.log(10);
        int covered = 0;
        for (long seed = 0; seed < 40; seed++) {
            BootstrapInterval ci = Bootstrap.percentile(sample(new Exponential(1.0), 500, seed), 0.9, 400, 0.95,
                    RandomStream.of(seed, 1));
            if (ci.contains(exact)) covered++;
            assertTrue(ci.lower() <= ci.estimate() && ci.estimate() <= ci.upper(), ci.toString());
        }
        assertTrue(covered >= 32, "coverage " + covered + "/40");
    }

    @Test
    void sameSeedSameInterval() {
        double[] xs = sample(new Exponential(2.0), 300, 9);
        assertEquals(Bootstrap.percentile(xs, 0.99, 200, 0.9, RandomStream.of(1, 0)),
                Bootstrap.percentile(xs, 0.99, 200, 0.9, RandomStream.of(1, 0)));
    }

    @Test
    void rejectsTooFewResamplesNamingTheParameter() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Bootstrap.percentile(new double[] {1, 2, 3}, 0.5, 10, 0.95, RandomStream.of(1, 0)));
        assertTrue(e.getMessage().startsWith("resamples = 10"), e.getMessage());
    }
}
