package brokerlab.stats.tail;

import brokerlab.dist.Exponential;
import brokerlab.dist.Lomax;
import org.junit.jupiter.api.Test;

import static brokerlab.stats.tail.HillEstimatorTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeaksOverThresholdTest {
    @Test
    void recoversTheShapeOfALomaxTailWhichIsExactlyGeneralizedParetoAboveAnyThreshold() {
        // Lomax(alpha, scale s): given X > u, X - u is Lomax with scale s + u, i.e. GPD with xi = 1/alpha.
        var lomax = new Lomax(2.5, 1.0);
        GpdFit fit = PeaksOverThreshold.fit(sample(lomax, 200_000, 3), 0.9);
        assertEquals(0.4, fit.xi(), 0.05, fit.toString());
        assertEquals(2.5, fit.alpha(), 0.4);
        // tail quantile beyond most of the data: compare with the Lomax quantile
        double exact = lomax.quantile(0.9995);
        assertEquals(exact, fit.quantile(0.9995), 0.1 * exact, fit.toString());
    }

    @Test
    void findsAnExponentialTailHasShapeNearZero() {
        GpdFit fit = PeaksOverThreshold.fit(sample(new Exponential(1.0), 100_000, 5), 0.95);
        assertEquals(0.0, fit.xi(), 0.06, fit.toString());
        assertEquals(1.0, fit.sigma(), 0.1, "memoryless: the excess over any threshold is Exp(1)");
    }

    @Test
    void refusesQuantilesBelowTheThresholdAndThresholdsWithTooFewExceedances() {
        GpdFit fit = PeaksOverThreshold.fit(sample(new Exponential(1.0), 1000, 1), 0.9);
        var low = assertThrows(IllegalArgumentException.class, () -> fit.quantile(0.5));
        assertTrue(low.getMessage().startsWith("q = 0.5"), low.getMessage());
        var few = assertThrows(IllegalArgumentException.class, () -> PeaksOverThreshold.fitAbove(new double[] {1, 2, 3}, 0.5));
        assertTrue(few.getMessage().startsWith("threshold"), few.getMessage());
    }
}
