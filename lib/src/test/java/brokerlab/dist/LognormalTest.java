package brokerlab.dist;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LognormalTest {
    @Test
    void parametersFollowFromMeanAndScv() {
        // mean 1, scv 4: sigma^2 = ln 5 = 1.6094379, mu = -ln(5)/2 = -0.8047190
        Lognormal l = new Lognormal(1, 4);
        assertEquals(Math.sqrt(Math.log(5)), l.sigma(), 1e-15);
        assertEquals(-Math.log(5) / 2, l.mu(), 1e-15);
    }

    @Test
    void medianIsExpMu() {
        assertEquals(1 / Math.sqrt(5), new Lognormal(1, 4).quantile(0.5), 1e-14);   // e^mu = 5^-1/2 = 0.4472136
    }

    @Test
    void secondMomentIsOnePlusScvTimesMeanSquared() {
        // E[X^2] = exp(2 mu + 2 sigma^2) = exp(-ln 5 + 2 ln 5) = 5 = 1 + scv
        assertEquals(5, new Lognormal(1, 4).moment(2), 1e-12);
        // E[X^4] = exp(4 mu + 8 sigma^2) = exp(6 ln 5) = 5^6 = 15625 for mean 1: finite, however large
        assertEquals(15625, new Lognormal(1, 4).moment(4), 1e-8);
    }

    @Test
    void cdfIsTheNormalCdfOfTheLog() {
        Lognormal l = new Lognormal(2, 0.25);
        double z = (Math.log(3) - l.mu()) / l.sigma();
        assertEquals(new NormalDistribution().cumulativeProbability(z), l.cdf(3), 1e-14);
    }

    @Test
    void rejectsZeroScvNamingIt() {
        String message = assertThrows(IllegalArgumentException.class, () -> new Lognormal(1, 0)).getMessage();
        assertTrue(message.startsWith("scv = 0.0"), message);
    }
}
