package brokerlab.stats.tail;

import brokerlab.dist.Lomax;
import brokerlab.dist.Pareto;
import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HillEstimatorTest {
    static double[] sample(brokerlab.dist.Distribution d, int n, long seed) {
        RandomStream rng = RandomStream.of(seed, 0);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = d.sample(rng);
        return xs;
    }

    @Test
    void intervalsCoverTheTrueIndexOfAnExactParetoTailAboutNinetyFivePercentOfTheTime() {
        // Pareto Type I is exactly a power law above x_m: the Hill estimator is unbiased at any k, and
        // sqrt(k)(xi_k - xi)/xi is asymptotically N(0, 1), so 95% intervals should cover ~95 of 100 seeds.
        var pareto = new Pareto(2.5, 1.0);
        int covered = 0;
        for (long seed = 0; seed < 100; seed++) {
            if (HillEstimator.estimate(sample(pareto, 4000, seed), 400).contains(2.5)) covered++;
        }
        assertTrue(covered >= 88 && covered <= 99, "coverage " + covered + "/100");
    }

    @Test
    void estimatesTheIndexOfALomaxTailFromItsLargestObservations() {
        // Lomax: P(X > x) = (1 + x/s)^-alpha ~ (x/s)^-alpha, regularly varying with index alpha = 2.5.
        HillEstimate h = HillEstimator.estimate(sample(new Lomax(2.5, 1.0), 200_000, 7), 400);
        assertEquals(2.5, h.alpha(), 0.4, h.toString());
        assertTrue(h.lower() < h.alpha() && h.alpha() < h.upper());
    }

    @Test
    void hillPlotGivesOneEstimatePerK() {
        HillEstimate[] plot = HillEstimator.plot(sample(new Pareto(3, 1), 5000, 1), new int[] {50, 100, 500}, 0.95);
        assertEquals(3, plot.length);
        assertEquals(500, plot[2].k());
        assertTrue(plot[0].upper() - plot[0].lower() > plot[2].upper() - plot[2].lower(), "more order statistics, narrower band");
    }

    @Test
    void rejectsKOutsideTheSampleAndNonPositiveThresholds() {
        double[] xs = {3, 2, 1, 0, 0};
        var big = assertThrows(IllegalArgumentException.class, () -> HillEstimator.estimate(xs, 5));
        assertTrue(big.getMessage().startsWith("k = 5"), big.getMessage());
        var zero = assertThrows(IllegalArgumentException.class, () -> HillEstimator.estimate(xs, 3));
        assertTrue(zero.getMessage().contains("positive values"), zero.getMessage());
    }
}
