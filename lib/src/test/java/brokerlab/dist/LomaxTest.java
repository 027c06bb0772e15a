package brokerlab.dist;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LomaxTest {
    @Test
    void alphaTwoPointFiveHasScvFive() {
        // lambda = mean (alpha-1) = 1.5; E[X^2] = 2 lambda^2 / ((alpha-1)(alpha-2)) = 4.5 / 0.75 = 6 => SCV 5
        Lomax l = new Lomax(2.5, 1);
        assertEquals(1.5, l.scale(), 1e-15);
        assertEquals(5, l.scv(), 1e-15);
        assertEquals(6, l.moment(2), 1e-14);
    }

    @Test
    void fourthMomentIsFiniteOnlyAboveAlphaFour() {
        // alpha 5, mean 2: lambda = 8; E[X^4] = 4! lambda^4 / (4*3*2*1) = 8^4 = 4096
        assertEquals(4096, new Lomax(5, 2).moment(4), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, new Lomax(4, 2).moment(4));
        assertEquals(Double.POSITIVE_INFINITY, new Lomax(1.5, 1).scv());
    }

    @Test
    void cdfAndQuantileFollowTheTail() {
        Lomax l = new Lomax(2.5, 1);
        assertEquals(1 - Math.pow(2, -2.5), l.cdf(1.5), 1e-15);             // 1 - (1 + 1.5/1.5)^-2.5 = 0.8232233
        assertEquals(1.5 * (Math.pow(2, 0.4) - 1), l.quantile(0.5), 1e-14); // lambda (2^(1/alpha) - 1) = 0.4792619
        assertEquals(0, l.quantile(0));
    }

    @Test
    void drawsAreFiniteAndNonNegativeEvenForInfiniteVariance() {
        Lomax l = new Lomax(1.1, 1);
        RandomStream rng = RandomStream.of(5, RandomStream.SERVICE);
        for (int i = 0; i < 100_000; i++) {
            double x = l.sample(rng);
            assertTrue(x >= 0 && Double.isFinite(x));
        }
    }

    @Test
    void rejectsAlphaAtMostOneNamingAlphaAndTheFix() {
        String message = assertThrows(IllegalArgumentException.class, () -> new Lomax(0.8, 1)).getMessage();
        assertTrue(message.startsWith("alpha = 0.8") && message.contains("pass alpha > 1"), message);
    }
}
