package brokerlab.dist;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParetoTest {
    @Test
    void alphaTwoPointFiveHasScvPointEight() {
        // x_m = mean (alpha-1)/alpha = 0.6; E[X^2] = alpha x_m^2 / (alpha-2) = 2.5 * 0.36 / 0.5 = 1.8 => SCV 0.8
        Pareto p = new Pareto(2.5, 1);
        assertEquals(0.6, p.scale(), 1e-15);
        assertEquals(0.8, p.scv(), 1e-15);
        assertEquals(1.8, p.moment(2), 1e-14);
    }

    @Test
    void isFarLessVariableThanTheLomaxWithTheSameAlphaAndMean() {
        assertEquals(0.8, new Pareto(2.5, 1).scv(), 1e-15);
        assertEquals(5, new Lomax(2.5, 1).scv(), 1e-15);
    }

    @Test
    void cdfAndQuantileFollowTheTail() {
        Pareto p = new Pareto(2.5, 1);
        assertEquals(0, p.cdf(0.6));
        assertEquals(1 - Math.pow(0.5, 2.5), p.cdf(1.2), 1e-15);           // 1 - (0.6/1.2)^2.5 = 0.8232233
        assertEquals(0.6 * Math.pow(2, 0.4), p.quantile(0.5), 1e-14);       // x_m 2^(1/alpha) = 0.7917047
        assertEquals(0.6, p.quantile(0));
    }

    @Test
    void momentsOfOrderAtLeastAlphaAreInfinite() {
        Pareto p = new Pareto(2.5, 1);
        assertEquals(Double.POSITIVE_INFINITY, p.moment(3));
        Pareto heavy = new Pareto(1.5, 1);
        assertEquals(Double.POSITIVE_INFINITY, heavy.scv());
        assertTrue(heavy.hasInfiniteVariance());
        assertFalse(p.hasInfiniteVariance());
        assertEquals(1, heavy.moment(1), 1e-15);
    }

    @Test
    void drawsNeverFallBelowTheScale() {
        Pareto p = new Pareto(1.5, 1);
        RandomStream rng = RandomStream.of(3, RandomStream.SERVICE);
        for (int i = 0; i < 100_000; i++) {
            double x = p.sample(rng);
            assertTrue(x >= p.scale() && Double.isFinite(x));
        }
    }

    @Test
    void rejectsAlphaAtMostOneNamingAlphaAndTheFix() {
        String message = assertThrows(IllegalArgumentException.class, () -> new Pareto(1, 1)).getMessage();
        assertTrue(message.startsWith("alpha = 1.0") && message.contains("infinite") && message.contains("pass alpha > 1"), message);
    }
}
