package brokerlab.stats;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class BatchMeansTest {

    @Test
    void mergesAdjacentPairsAndDoublesTheBatchSizeWhenFull() {
        var bm = new BatchMeans(2);                       // keeps at most 4 batch sums
        for (int i = 1; i <= 8; i++) bm.add(i);
        // size 1: [1,2,3,4] full -> [1+2, 3+4] = [3,7] size 2; then 5+6=11, 7+8=15 -> [3,7,11,15] full
        // -> [10, 26] of size 4: means 2.5 and 6.5.
        assertArrayEquals(new double[] {2.5, 6.5}, bm.batchMeans(), 1e-12);
        assertEquals(4, bm.batchSize());
        assertEquals(4.5, bm.mean(), 1e-12);              // (1+...+8)/8
    }

    @Test
    void keepsBetweenBAndTwoBBatchesWhateverTheRunLength() {
        var bm = new BatchMeans(32);
        for (int i = 0; i < 1_000_003; i++) {
            bm.add(i % 7);
            if (i >= 64) assertTrue(bm.batches() >= 32 && bm.batches() < 64, () -> bm.toString());
        }
        // 1,000,003 / 2^14 = 61.04 -> 61 complete batches of 16384 (the pattern 32, 64 -> 32 ... ends there).
        assertEquals(16384, bm.batchSize());
        assertEquals(61, bm.batches());
    }

    @Test
    void intervalOnIidDataCoversTheMeanAbout95PercentOfTheTime() {
        // Exponential(1) observations, true mean 1. 200 runs: coverage sd = sqrt(.95*.05/200) = 0.015.
        int runs = 200, covered = 0;
        for (int r = 0; r < runs; r++) {
            RandomStream rng = RandomStream.of(11, r, RandomStream.MISC);
            var bm = new BatchMeans();
            for (int i = 0; i < 5_000; i++) bm.add(rng.nextExponential());
            if (bm.ci95().contains(1.0)) covered++;
        }
        double coverage = covered / (double) runs;
        assertTrue(coverage >= 0.89 && coverage <= 0.995, "coverage " + coverage);
    }

    @Test
    void onAnAr1SeriesBatchMeansCoversWhileTheNaiveIidIntervalIsTooNarrow() {
        // X_t = mu + phi (X_{t-1} - mu) + e_t, e_t ~ N(0,1), phi = 0.9, mu = 5.
        // Var(X) = 1/(1 - phi^2) = 5.26, but n Var(mean) -> 1/(1 - phi)^2 = 100: the naive interval is
        // sqrt(100/5.26) = 4.36 times too narrow, so it covers only P(|Z| < 1.96/4.36) = P(|Z| < 0.45) = 0.35.
        double mu = 5, phi = 0.9;
        int runs = 200, n = 20_000, batchCovered = 0, naiveCovered = 0;
        double widthRatio = 0;
        for (int r = 0; r < runs; r++) {
            RandomStream rng = RandomStream.of(12, r, RandomStream.MISC);
            var bm = new BatchMeans();
            var naive = new RunningStats();
            double x = mu + rng.nextGaussian() / Math.sqrt(1 - phi * phi);   // start in steady state
            for (int i = 0; i < n; i++) {
                bm.add(x);
                naive.add(x);
                x = mu + phi * (x - mu) + rng.nextGaussian();
            }
            ConfidenceInterval batch = bm.ci95(), iid = ConfidenceInterval.of(naive, 0.95);
            if (batch.contains(mu)) batchCovered++;
            if (iid.contains(mu)) naiveCovered++;
            widthRatio += batch.halfWidth() / iid.halfWidth() / runs;
        }
        double batchCoverage = batchCovered / (double) runs, naiveCoverage = naiveCovered / (double) runs;
        assertTrue(batchCoverage >= 0.88, "batch-means coverage " + batchCoverage);
        assertTrue(naiveCoverage <= 0.55, "naive coverage " + naiveCoverage);
        // The batch-means half-width should be about 4.36x the naive one (t quantiles differ slightly).
        assertTrue(widthRatio > 3.5 && widthRatio < 5.5, "width ratio " + widthRatio);
    }

    @Test
    void lag1AutocorrelationOfBatchMeansIsSmallForIidData() {
        RandomStream rng = RandomStream.of(13, 0, RandomStream.MISC);
        var bm = new BatchMeans();
        for (int i = 0; i < 100_000; i++) bm.add(rng.nextGaussian());
        // For 32..64 independent batch means the sample lag-1 autocorrelation has sd about 1/sqrt(k) <= 0.18.
        assertTrue(Math.abs(bm.lag1Autocorrelation()) < 0.45, "r1 = " + bm.lag1Autocorrelation());
    }

    @Test
    void refusesAnIntervalWithFewerThanTwoBatches() {
        var bm = new BatchMeans();
        bm.add(1.0);
        var e = assertThrows(IllegalArgumentException.class, bm::ci95);
        assertTrue(e.getMessage().contains("batches"), e.getMessage());
    }

    @Test
    void rejectsFewerThanTwoMinimumBatches() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BatchMeans(1));
        assertTrue(e.getMessage().contains("minBatches"), e.getMessage());
    }
}
