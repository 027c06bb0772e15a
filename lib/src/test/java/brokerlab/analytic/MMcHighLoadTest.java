package brokerlab.analytic;

import brokerlab.analytic.capacity.CapacityPlanner;
import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * M/M/c waits and response percentiles at high load, where the textbook closed form under- and overflows.
 *
 * <p>Expected values: {@code tools/reference/mmc_percentiles.py}, in 60-digit arithmetic (mpmath), by a route
 * independent of the Java code: Erlang C from its defining sum of a^k/k! terms (not the Erlang B recursion), and
 * the response tail by numerical convolution P(T &gt; t) = e^{-mu t} + C int_0^t mu e^{-mu s} e^{-theta (t-s)} ds
 * (not the two-exponential closed form), inverted by bisection on its logarithm. The inputs are the same binary
 * doubles in both languages (e.g. {@code 4 * 0.9975}). Printed to 20 digits; compared here to 1e-12 relative,
 * a thousand times looser than what the code achieves, so a regression to the old NaN or a lost digit fails.
 */
class MMcHighLoadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            M/M/1 rho = 0.99                           | 0.99                 | 1.0                | 1     | 0.99           | 0.98999999999999999112 | 460.51701859880863896
            M/M/1 rho = 1 - 1e-9                       | 0.999999999          | 1.0                | 1     | 0.99           | 0.99999999900000002828 | 4605170316.2312017409
            M/M/2 theta = mu exactly (lambda = mu)      | 1.0                  | 1.0                | 2     | 0.99           | 0.33333333333333333333 | 5.6659606837929962125
            M/M/2 theta near mu (lambda = 0.99)         | 0.99                 | 1.0                | 2     | 0.99           | 0.32779264214046822252 | 5.6331689149596867351
            M/M/3 theta near mu (lambda = 1.99)         | 1.99                 | 1.0                | 3     | 0.99           | 0.43976311516118771244 | 5.8586141128217244471
            M/M/2 theta = mu (1 + 1e-12)                | 0.999999999999       | 1.0                | 2     | 0.999          | 0.33333333333277779007 | 8.2275100076398363098
            M/M/4 rho = 0.9975                          | 3.99                 | 1.0                | 4     | 0.99           | 0.99445889891878237143 | 460.96640119121904302
            M/M/1000 rho = 0.99999                      | 999.99               | 1.0                | 1000  | 0.99           | 0.99960702234273457484 | 461.48274669525595828
            M/M/1000 rho = 0.99999 median               | 999.99               | 1.0                | 1000  | 0.5            | 0.99960702234273457484 | 70.280446152085644813
            M/M/10000 rho = 1 - 1e-9                    | 9999.99999           | 1.0                | 10000 | 0.99           | 0.99999987500088691444 | 460518.01773753538266
            M/M/10000 rho = 0.5 (C underflows to 0)     | 5000.0               | 1.0                | 10000 | 0.99           | 0.0                    | 4.6051701859880904799
            M/M/50 rho = 0.9 mu = 2/3 q = 1 - 1e-12     | 30.0                 | 0.6666666666666666 | 50    | 0.999999999999 | 0.36386446720698860392 | 41.577160330877551119
            """)
    void responsePercentileMatchesSixtyDigitReference(String label, double lambda, double mu, int c, double q,
                                                       double erlangC, double percentile) {
        var queue = new MMc(lambda, mu, c);
        // C = 1.19e-841 in the last-but-one row is below the smallest double: 0 is the correctly rounded value
        assertEquals(erlangC, queue.waitProbability(), 1e-13 * erlangC, label + ": Erlang C");
        double p = queue.responsePercentile(q);
        assertTrue(Double.isFinite(p), label + ": finite");
        assertEquals(percentile, p, 1e-12 * percentile, label + ": percentile");
        assertEquals(q, queue.responseCdf(p), 1e-12, label + ": the CDF at the percentile is q");
    }

    @Test
    void theTextbookDoublesAreExactForTheJavaLiterals() {
        // the reference script multiplies in Python's doubles; Java must see the same binary inputs
        assertEquals(3.99, 4 * 0.9975);
        assertEquals(999.99, 1000 * 0.99999);
        assertEquals(9999.99999, 10000 * (1 - 1e-9));
    }

    @Test
    void mm1ResponseAtOneMinusOneInBillionIsExponentialWithRateMuMinusLambda() {
        // M/M/1: T ~ Exp(mu - lambda) exactly; 1 - lambda is exact here (Sterbenz), so the p99 is
        // -ln(0.01) / (1 - lambda) to one rounding, a second check independent of the reference script
        double lambda = 1 - 1e-9;
        var q = new MMc(lambda, 1, 1);
        for (double level : new double[]{0.5, 0.99, 0.999999}) {
            double exact = -Math.log1p(-level) / (1 - lambda);
            assertEquals(exact, q.responsePercentile(level), 1e-13 * exact, "q = " + level);
        }
        assertEquals(Math.exp(-(1 - lambda) * 1e9), q.responseTail(1e9), 1e-13, "tail at t = 1e9");
    }

    @Test
    void responseTailStaysPositiveAndDecreasingWhereTheOldFormOverflowed() {
        var q = new MMc(0.99, 1, 1);   // (mu - theta) t = 0.99 t passes 709 at t = 716
        double previous = 1;
        for (double t = 100; t <= 50_000; t *= 1.5) {
            double tail = q.responseTail(t);
            assertTrue(tail > 0 && tail < previous, "t = " + t + ": " + tail);
            assertEquals(Math.exp(-0.01 * t), tail, 1e-12 * Math.exp(-0.01 * t) + 1e-300, "M/M/1: e^{-(mu-lambda) t}");
            previous = tail;
        }
    }

    @Test
    void waitPercentileAtHighLoadIsTheClosedFormLogOfCOverOneMinusQ() {
        var q = new MMc(999.99, 1, 1000);
        double c = 0.99960702234273457484;    // reference Erlang C (script above)
        double theta = 1000 - 999.99;          // exact: Sterbenz
        assertEquals(Math.log(c / 0.01) / theta, q.waitPercentile(0.99), 1e-12 * 460);
    }

    @Test
    void plannerMeetsP99OfTenAtLambdaNearOneAndTwo() {
        // lambda = 0.99, mu = 1: c = 1 gives p99 = ln(100)/0.01 = 460.5 > 10; c = 2 gives 5.633 (reference row
        // "theta near mu" above). lambda = 1.99: c = 2 has theta = 0.01 (p99 about 460), c = 3 gives 5.859.
        Plan a = new CapacityPlanner(0.99, 1, 1).plan(new Target.ResponsePercentileAtMost(0.99, 10));
        assertEquals(2, a.servers());
        assertEquals(5.6331689149596867351, a.achieved().estimate().value(), 1e-11);
        Plan b = new CapacityPlanner(1.99, 1, 1).plan(new Target.ResponsePercentileAtMost(0.99, 10));
        assertEquals(3, b.servers());
        assertEquals(5.8586141128217244471, b.achieved().estimate().value(), 1e-11);
        assertTrue(b.oneFewer().orElseThrow().estimate().value() > 10);
    }

    @Test
    void tinyPercentilesKeepTheirDigits() {
        // near t = 0 only the no-wait branch has density: P(T <= t) = (1 - C) mu t + O(t^2), so the q-quantile is
        // q / ((1 - C) mu) to relative O(q). M/M/1: -log1p(-q) / (mu - lambda) exactly; M/M/2 at lambda = mu has
        // C = 1/3 (1 - C = 2/3); M/M/4 at rho = 0.9975 has 1 - C = 1 - 0.99445889891878237143 (reference above).
        for (double q : new double[]{1e-300, 1e-20, 1e-10}) {
            assertEquals(-Math.log1p(-q) / 0.5, new MMc(0.5, 1, 1).responsePercentile(q), 1e-14 * q / 0.5, "M/M/1 q = " + q);
        }
        for (double q : new double[]{1e-300, 1e-20}) {
            assertEquals(1.5 * q, new MMc(1, 1, 2).responsePercentile(q), 1e-14 * q, "M/M/2 q = " + q);
            double t = q / (1 - 0.99445889891878237143);
            assertEquals(t, new MMc(3.99, 1, 4).responsePercentile(q), 1e-12 * t, "M/M/4 q = " + q);
            assertEquals(q, new MMc(3.99, 1, 4).responseCdf(t), 1e-12 * q, "the CDF keeps its digits at tiny t");
        }
    }

    @Test
    void ratesNearTheTopOfTheDoubleRangeGiveTinyButExactPercentiles() {
        // M/M/1 with lambda = 1e300, mu = 2e300: p99 = ln(100) / (mu - lambda) = 4.6e-300
        double exact = Math.log(100) / 1e300;
        assertEquals(exact, new MMc(1e300, 2e300, 1).responsePercentile(0.99), 1e-13 * exact);
    }
}
