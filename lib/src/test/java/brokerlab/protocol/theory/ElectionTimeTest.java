package brokerlab.protocol.theory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ElectionTimeTest {
    @Test
    void firstOfFourTimeoutsComesAtTPlusFifthOfT() {
        assertEquals(150 + 30, ElectionTime.expectedFirstTimeout(150, 4), 1e-12);   // T + T/(m+1)
    }

    @Test
    void narrowRangeMovesTheFirstTimeoutTowardsT() {
        assertEquals(150 + 10.0 / 5, ElectionTime.expectedFirstTimeout(150, 10, 4), 1e-12);   // T + range/(m+1)
    }

    @Test
    void competitionIsLikelyWhenTheRangeIsNarrowComparedWithTheBroadcast() {
        // m = 4, w/T = 0.5: 1 - 0.5^4 = 0.9375; w/T = 0.01: 1 - 0.99^4 = 0.0394
        assertEquals(0.9375, ElectionTime.competingCandidateProbability(2, 4, 1), 1e-12);
        assertEquals(1 - Math.pow(0.99, 4), ElectionTime.competingCandidateProbability(100, 4, 1), 1e-12);
    }

    @Test
    void competitionProbabilityMatchesMonteCarloSpacing() {
        var rng = brokerlab.random.RandomStream.of(5, brokerlab.random.RandomStream.MISC);
        int hits = 0, trials = 200_000;
        for (int t = 0; t < trials; t++) {
            double a = Double.MAX_VALUE, b = Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                double u = 10 + 10 * rng.nextDouble();
                if (u < a) { b = a; a = u; } else if (u < b) b = u;
            }
            if (b - a < 1) hits++;
        }
        double p = ElectionTime.competingCandidateProbability(10, 4, 1);    // 1 - 0.9^4 = 0.3439
        assertEquals(p, hits / (double) trials, 5 * Math.sqrt(p * (1 - p) / trials));
    }

    @Test
    void rejectsZeroTimeout() {
        var e = assertThrows(IllegalArgumentException.class, () -> ElectionTime.expectedFirstTimeout(0, 3));
        assertTrue(e.getMessage().contains("timeout"));
    }
}
