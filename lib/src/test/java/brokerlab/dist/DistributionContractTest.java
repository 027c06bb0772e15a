package brokerlab.dist;

import brokerlab.random.RandomStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract every {@link Distribution} keeps, checked over every family with several parameter sets,
 * light and heavy tails, continuous and discrete.
 *
 * <p>Statistical checks draw N = 100,000 values from a fixed seed. With CASES x 4 random checks, each check
 * uses the two-sided level 1 - 0.01 / (CASES x 4), so that the chance that any check fails for a correct
 * distribution is at most 1% (Bonferroni); with 25 cases that is z = 3.9.
 */
class DistributionContractTest {
    private static final int N = 100_000;
    private static final long SEED = 20261121L;

    static Stream<Distribution> distributions() {
        return Stream.of(
                Distributions.parse("exp(rate=2)"), Distributions.parse("exp(mean=3)"),
                Distributions.parse("det(value=1.5)"),
                Distributions.parse("erlang(k=1,mean=1)"), Distributions.parse("erlang(k=3,mean=2)"),
                Distributions.parse("erlang(k=10,mean=0.5)"),
                Distributions.parse("mixederlang(mean=1,scv=0.3)"), Distributions.parse("mixederlang(mean=2,scv=0.7)"),
                Distributions.parse("hyperexp(mean=1,scv=4)"), Distributions.parse("hyperexp(mean=0.2,scv=1.5)"),
                Distributions.parse("hyperexp(mean=1,scv=25)"),
                Distributions.parse("lognormal(mean=1,scv=4)"), Distributions.parse("lognormal(mean=2,scv=0.25)"),
                Distributions.parse("pareto(alpha=2.5,mean=1)"), Distributions.parse("pareto(alpha=4.5,mean=2)"),
                Distributions.parse("pareto(alpha=1.5,mean=1)"),
                Distributions.parse("lomax(alpha=2.5,mean=1)"), Distributions.parse("lomax(alpha=5,mean=2)"),
                Distributions.parse("lomax(alpha=1.5,mean=1)"),
                Distributions.parse("weibull(shape=0.5,mean=1)"), Distributions.parse("weibull(shape=2,mean=1)"),
                Distributions.parse("weibull(shape=1.5,mean=3)"),
                Distributions.parse("uniform(min=0,max=2)"), Distributions.parse("uniform(min=1,max=3)"),
                Distributions.empirical(trace()));
    }

    /** 300 observations with ties and a long-ish tail: a Lomax(3) quantile grid rounded to 0.05. */
    static double[] trace() {
        Lomax shape = new Lomax(3, 1);
        double[] v = new double[300];
        for (int i = 0; i < v.length; i++) v[i] = Math.round(shape.quantile((i + 0.5) / v.length) * 20) / 20.0;
        return v;
    }

    private static final int CASES = 25;
    private static final double LEVEL = 0.01 / (CASES * 4);
    private static final double Z = new NormalDistribution().inverseCumulativeProbability(1 - LEVEL / 2);

    private static boolean isDiscrete(Distribution d) {
        return d instanceof Deterministic || d instanceof Empirical;
    }

    private static double[] draws(Distribution d, long seed) {
        RandomStream rng = RandomStream.of(seed, RandomStream.SERVICE);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) x[i] = d.sample(rng);
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void drawsAreFiniteAndNonNegative(Distribution d) {
        for (double x : draws(d, SEED)) assertTrue(x >= 0 && Double.isFinite(x), () -> d + " drew " + x);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void sampleMeanLiesWithinItsConfidenceIntervalOfMean(Distribution d) {
        assumeFalse(d.hasInfiniteVariance(), "infinite variance: the median check below applies instead");
        double mean = Arrays.stream(draws(d, SEED + 1)).sum() / N;
        // The standard error uses the exact variance, which a heavy tail's sample variance underestimates.
        double halfWidth = Z * Math.sqrt(d.variance() / N);
        assertEquals(d.mean(), mean, halfWidth + 1e-12 * d.mean(), () -> d + ": sample mean " + mean);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void fractionBelowTheMedianIsBinomial(Distribution d) {
        // #{X <= q} ~ Binomial(N, F(q)) for any F, continuous or not; F(q) = 1/2 for a continuous law.
        double q = d.quantile(0.5), f = d.cdf(q);
        long below = Arrays.stream(draws(d, SEED + 2)).filter(x -> x <= q).count();
        double sd = Math.sqrt(N * f * (1 - f));
        assertEquals(N * f, below, Z * sd + 1e-9, () -> d + ": " + below + " draws <= median " + q);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void sampleScvIsCloseToScvWhenTheFourthMomentIsFinite(Distribution d) {
        assumeTrue(Double.isFinite(d.moment(4)), "the sample variance has no finite variance itself");
        double[] x = draws(d, SEED + 3);
        double m = d.mean(), var = d.variance(), ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        double sampleVar = ss / N;
        // Var(sample variance) ~ (mu4 - sigma^4) / N with mu4 the central fourth moment from the raw moments.
        double mu4 = d.moment(4) - 4 * m * d.moment(3) + 6 * m * m * d.moment(2) - 3 * m * m * m * m;
        double halfWidth = Z * Math.sqrt(Math.max(0, mu4 - var * var) / N);
        assertEquals(var, sampleVar, halfWidth + 1e-12, () -> d + ": sample SCV " + sampleVar / (m * m) + " vs " + d.scv());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void empiricalCdfStaysWithinTheDkwBandOfCdf(Distribution d) {
        // Dvoretzky-Kiefer-Wolfowitz with Massart's constant (Ann. Probab. 1990), valid for every F:
        // P(sup |F_N - F| > eps) <= 2 exp(-2 N eps^2), so eps = sqrt(ln(2 / level) / (2 N)) ~ 0.0070 here.
        double eps = Math.sqrt(Math.log(2 / LEVEL) / (2 * N));
        double[] x = draws(d, SEED + 4);
        Arrays.sort(x);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            if (i + 1 < N && x[i + 1] == x[i]) continue;          // evaluate F_N after the last of a run of ties
            int start = i;
            while (start > 0 && x[start - 1] == x[i]) start--;
            worst = Math.max(worst, Math.abs((double) (i + 1) / N - d.cdf(x[i])));
            worst = Math.max(worst, Math.abs((double) start / N - d.cdf(Math.nextDown(x[i]))));
        }
        double dn = worst;
        assertTrue(dn <= eps, () -> d + ": sup|F_N - F| = " + dn + " > " + eps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void quantileInvertsCdf(Distribution d) {
        for (double p : new double[] {1e-6, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1 - 1e-6}) {
            double q = d.quantile(p);
            if (isDiscrete(d)) {           // generalised inverse: F(q) >= p > F(q-)
                assertTrue(d.cdf(q) >= p && d.cdf(Math.nextDown(q)) < p, () -> d + " at p = " + p);
            } else {
                // relative to the smaller tail, so that p99.9999 is checked as tightly as the median
                assertEquals(p, d.cdf(q), 1e-8 * Math.min(p, 1 - p), () -> d + ": cdf(quantile(" + p + "))");
            }
        }
        assertEquals(0, d.cdf(Math.nextDown(d.quantile(0))), () -> d + ": nothing below the support");
        assertEquals(1, d.cdf(d.quantile(1)), () -> d + ": everything up to the top of the support");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void specReadsBackToAnEqualDistribution(Distribution d) {
        Distribution back = Distributions.parse(d.spec());
        assertEquals(d, back);
        assertEquals(d.spec(), back.spec());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void withMeanKeepsTheShapeAndScalesTheMoments(Distribution d) {
        double f = 2.5;
        Distribution scaled = d.withMean(f * d.mean());
        assertEquals(d.getClass(), scaled.getClass());
        assertEquals(f * d.mean(), scaled.mean(), 1e-12 * f * d.mean());
        if (d.hasInfiniteVariance()) assertTrue(scaled.hasInfiniteVariance());
        else assertEquals(d.scv(), scaled.scv(), 1e-9 * d.scv());
        assertEquals(f * d.quantile(0.9), scaled.quantile(0.9), 1e-9 * f * d.quantile(0.9));
        assertEquals(scaled, Distributions.parse(scaled.spec()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void lowMomentsAgreeWithMeanAndScv(Distribution d) {
        assertEquals(1, d.moment(0), 1e-12);
        assertEquals(d.mean(), d.moment(1), 1e-12 * d.mean());
        if (d.hasInfiniteVariance()) assertEquals(Double.POSITIVE_INFINITY, d.moment(2));
        else assertEquals(d.secondMoment(), d.moment(2), 1e-9 * d.secondMoment());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void sameSeedGivesTheSameDrawsAndAnotherReplicationOthers(Distribution d) {
        double[] a = new double[1000], b = new double[1000], c = new double[1000];
        RandomStream ra = RandomStream.of(7, 0, RandomStream.SERVICE), rb = RandomStream.of(7, 0, RandomStream.SERVICE);
        RandomStream rc = RandomStream.of(7, 1, RandomStream.SERVICE);
        for (int i = 0; i < a.length; i++) { a[i] = d.sample(ra); b[i] = d.sample(rb); c[i] = d.sample(rc); }
        assertArrayEquals(a, b);
        if (!(d instanceof Deterministic)) assertTrue(!Arrays.equals(a, c), "replication 1 repeats replication 0");
    }
}
