package brokerlab.stats.tail;

import brokerlab.dist.Exponential;
import brokerlab.random.RandomStream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

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
    void replicatesFollowTheExactBootstrapLawOfTheOrderStatistic() {
        // Resampling n values and taking the k-th smallest gives the sorted sample's j-th value or less with
        // probability P(Binomial(n, j/n) >= k): at least k of the n draws fall among the j smallest. The interval's
        // ends must therefore sit, up to Monte Carlo error in the rank, where that law crosses (1 -+ level)/2.
        int n = 200, k = 180;                           // q = 0.9
        double[] xs = sample(new Exponential(1.0), n, 3);
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        BootstrapInterval ci = Bootstrap.percentile(xs, 0.9, 40_000, 0.9, RandomStream.of(5, 0));
        int lowRank = Arrays.binarySearch(sorted, ci.lower()) + 1, highRank = Arrays.binarySearch(sorted, ci.upper()) + 1;
        assertEquals(exactRank(n, k, 0.05), lowRank, 1, "lower end's rank");
        assertEquals(exactRank(n, k, 0.95), highRank, 1, "upper end's rank");
        assertEquals(sorted[k - 1], ci.estimate());
    }

    /** The smallest rank j whose bootstrap probability P(k-th smallest of a resample <= x_(j)) reaches p. */
    private static int exactRank(int n, int k, double p) {
        for (int j = 1; j <= n; j++) {
            double atMost = 1 - new BinomialDistribution(null, n, (double) j / n).cumulativeProbability(k - 1);
            if (atMost >= p) return j;
        }
        return n;
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
