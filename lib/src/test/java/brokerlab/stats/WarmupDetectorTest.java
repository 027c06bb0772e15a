package brokerlab.stats;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WarmupDetectorTest {

    @Test
    void truncatesAfterAnExponentialTransient() {
        // X_t = 10 exp(-t/200) + N(0,1), n = 20,000. The bias falls below 0.1 (one tenth of the noise sd) at
        // t = 200 ln(100) = 921, and below 1 (one noise sd) at t = 200 ln(10) = 461. A truncation point inside
        // [461, n/2] removes the visible transient without throwing away half the run.
        int n = 20_000;
        for (int r = 0; r < 5; r++) {
            RandomStream rng = RandomStream.of(21, r, RandomStream.MISC);
            var w = new WarmupDetector();
            for (int t = 0; t < n; t++) w.add(10 * Math.exp(-t / 200.0) + rng.nextGaussian());
            long cut = w.truncationPoint();
            assertTrue(cut >= 461 && cut <= n / 2, "replication " + r + " truncation " + cut);
            assertFalse(w.reachedLimit());
            // After truncation the mean is within a few standard errors (1/sqrt(n) = 0.007) of the true 0,
            // while the untruncated mean carries the bias 10*200/20000 = 0.1.
            assertEquals(0.0, w.truncatedMean(), 0.05, "replication " + r);
        }
    }

    @Test
    void truncatesLittleOnStationaryData() {
        // i.i.d. N(0,1): there is nothing to remove. MSER may still drop a few noisy points, so check the average
        // over 20 runs is below 2% of the run and no run drops more than 10%.
        int n = 20_000;
        double total = 0;
        for (int r = 0; r < 20; r++) {
            RandomStream rng = RandomStream.of(22, r, RandomStream.MISC);
            var w = new WarmupDetector();
            for (int t = 0; t < n; t++) w.add(rng.nextGaussian());
            long cut = w.truncationPoint();
            assertTrue(cut <= n / 10, "replication " + r + " truncation " + cut);
            total += cut;
        }
        assertTrue(total / 20 < 0.02 * n, "mean truncation " + total / 20);
    }

    @Test
    void memoryStaysBoundedByMergingPoints() {
        var w = new WarmupDetector(100);
        for (int i = 0; i < 1_000_000; i++) w.add(1.0);
        // Points are halved whenever 100 are kept, so 50..99 remain: 1e6 / (5 * 2^11) = 97.7 -> 97 points of
        // 10240 observations (5 * 2^12 would leave 48 < 50, a merge that never happens).
        assertTrue(w.points() < 100, "points " + w.points());
        assertEquals(5L * 2048, w.pointSize());
        assertEquals(97, w.points());
        assertEquals(0, w.truncationPoint());              // constant data: MSER is 0 for every d; first wins
    }

    @Test
    void findsAStepChangeToTheExactPoint() {
        // 500 observations at 100, then 9,500 at 0 with no noise: MSER(d) = 0 exactly when all points before the
        // step (500 / 5 = 100 points) are dropped, so the truncation is 500.
        var w = new WarmupDetector();
        for (int t = 0; t < 10_000; t++) w.add(t < 500 ? 100.0 : 0.0);
        assertEquals(500, w.truncationPoint());
        assertEquals(0.0, w.truncatedMean(), 0.0);
    }

    @Test
    void flagsARunTooShortForItsTransient() {
        // A linear drift never settles: the minimum is pushed to the end of the searched half.
        var w = new WarmupDetector();
        for (int t = 0; t < 1_000; t++) w.add(1_000.0 - t);
        assertTrue(w.reachedLimit());
    }

    @Test
    void refusesTooFewObservations() {
        var w = new WarmupDetector();
        for (int t = 0; t < 12; t++) w.add(t);
        var e = assertThrows(IllegalArgumentException.class, w::truncationPoint);
        assertTrue(e.getMessage().contains("observations"), e.getMessage());
    }
}
