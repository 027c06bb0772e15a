package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RoundRobinSplitTest {
    @Test
    void oneServerIsTheMM1Queue() {
        // c = 1: Erlang-1 input is Poisson, sigma = rho = 0.6, W = 1 / (mu - lambda) = 1 / (2 - 1.2) = 1.25
        var rr = new RoundRobinSplit(1.2, 2.0);
        assertEquals(0.6, rr.sigma(0), 1e-10);
        assertEquals(1.25, rr.meanResponse().value(), 1e-10);
    }

    @Test
    void twoEqualServersMatchTheErlangTwoRootInClosedForm() {
        // c = 2, lambda = 2, mu = 2: sigma = (2 / (2 + 2(1 - s)))^2 = 1 / (2 - s)^2, i.e. s (2 - s)^2 = 1,
        // s^3 - 4 s^2 + 4 s - 1 = (s - 1)(s^2 - 3 s + 1) = 0, root in (0, 1): s = (3 - sqrt 5) / 2 = 0.381966;
        // W = 1 / (2 (1 - s)) = 1 / (sqrt 5 - 1) = 0.809017
        var rr = new RoundRobinSplit(2, 2, 2);
        assertEquals((3 - Math.sqrt(5)) / 2, rr.sigma(0), 1e-10);
        assertEquals(1 / (Math.sqrt(5) - 1), rr.meanResponse().value(), 1e-10);
    }

    @Test
    void oneServerAtOneMinusOneInBillionIsTheMM1MeanToFullPrecision() {
        // c = 1: W = 1 / (mu - lambda); 1 - lambda is exact (Sterbenz). Solving for sigma lost 3 digits (W off by 1000x)
        double lambda = 1 - 1e-9;
        assertEquals(1 / (1 - lambda), new RoundRobinSplit(lambda, 1).meanResponse().value(), 1e-13 / (1 - lambda));
    }

    @Test
    void twoServersNearSaturationMatchTheQuadraticRoot() {
        // c = 2, r = mu / lambda, u = 1 - sigma: (1 - u)(1 + r u)^2 = 1 gives r^2 u^2 + (2r - r^2) u - (2r - 1) = 0;
        // rationalised root u = 2 (2r - 1) / ((2r - r^2) + sqrt((2r - r^2)^2 + 4 r^2 (2r - 1))), no cancellation,
        // with 2r - 1 = (2 mu - lambda) / lambda formed exactly (Sterbenz). W = 1 / (mu u).
        for (double rho : new double[]{0.9, 1 - 1e-6, 1 - 1e-9}) {
            double mu = 1, lambda = 2 * rho, r = mu / lambda, spare = (2 * mu - lambda) / lambda, b = 2 * r - r * r;
            double u = 2 * spare / (b + Math.sqrt(b * b + 4 * r * r * spare));
            double exact = 1 / (mu * u);
            assertEquals(exact, new RoundRobinSplit(lambda, mu, mu).meanResponse().value(), 1e-12 * exact, "rho = " + rho);
        }
    }

    @Test
    void roundRobinBeatsARandomSplitOnEqualServers() {
        // regular (Erlang-4) input waits less than Poisson input at the same load: W_RR < W_random = 1 / (1 - 0.75)
        var rr = new RoundRobinSplit(3, 1, 1, 1, 1);
        assertTrue(rr.meanResponse().value() < RandomSplitMM1.equalSplit(3, 1, 1, 1, 1).meanResponse().value());
    }

    @Test
    void aSlowServerThatRoundRobinOverloadsMakesTheMeanInfinite() {
        // lambda / c = 4.4 / 4 = 1.1 >= mu = 1 for the three slow servers
        var rr = new RoundRobinSplit(4.4, 3, 1, 1, 1);
        assertFalse(rr.meanResponse().isFinite());
        assertTrue(rr.meanResponse().toString().contains("server 1"));
        var e = assertThrows(IllegalArgumentException.class, () -> rr.sigma(1));
        assertTrue(e.getMessage().contains("server 1 utilisation"));
    }

    @Test
    void rejectsANonPositiveRate() {
        var e = assertThrows(IllegalArgumentException.class, () -> new RoundRobinSplit(1, 1, 0));
        assertTrue(e.getMessage().contains("serviceRates[1]"));
    }
}
