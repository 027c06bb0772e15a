package brokerlab.dist;

import brokerlab.random.RandomStream;

/**
 * A non-negative random variable (an inter-arrival time, a service demand, a link delay), described the way
 * modellers think of it: by its mean and its squared coefficient of variation SCV = Var / mean^2
 * (0 deterministic, 1 exponential, above 1 bursty or heavy-tailed). Implementations are immutable and
 * thread-safe; {@link #sample} allocates nothing, so it can sit on a simulation's hot path.
 *
 * <p>Besides the two moments every distribution knows its distribution function {@link #cdf}, its
 * quantile function {@link #quantile} (percentile formulas, order statistics), its raw moments
 * {@link #moment} (heavy-tail conditions such as Scheller-Wolf 2003, Pollaczek-Khinchine's E[S^2] and
 * E[S^3]) and how to rescale itself to a new mean with the same shape ({@link #withMean}: load sweeps,
 * faster or slower servers). Build them with {@link Distributions} or from text with
 * {@link Distributions#parse}.
 */
public interface Distribution {
    /** E[X]; finite and positive for every distribution the library builds. */
    double mean();

    /** Var[X] / E[X]^2; {@code Double.POSITIVE_INFINITY} when the variance is infinite (e.g. Pareto alpha &lt;= 2). */
    double scv();

    /** One draw; no allocation. */
    double sample(RandomStream rng);

    /** The canonical text spec, which {@code Distributions.parse} reads back, e.g. {@code lomax(alpha=2.5,mean=1)}. */
    String spec();

    /** P(X &lt;= x); 0 for x below the support, 1 above it. */
    double cdf(double x);

    /**
     * The generalised inverse inf{x : F(x) >= p} for p in [0, 1]: quantile(0) is the bottom of the support,
     * quantile(1) its top (+Infinity for unbounded distributions). For continuous distributions
     * cdf(quantile(p)) == p up to rounding.
     */
    double quantile(double p);

    /** The same family and shape (same SCV, alpha, k...) scaled to mean {@code newMean}: X * newMean / mean(). */
    Distribution withMean(double newMean);

    /** The raw moment E[X^k] for k >= 0; {@code Double.POSITIVE_INFINITY} when it diverges (Pareto alpha &lt;= k). */
    double moment(int k);

    /** E[X^2] = mean^2 (1 + SCV); infinite when the variance is. */
    default double secondMoment() {
        double m = mean();
        return m * m * (1 + scv());
    }

    default double variance() {
        double m = mean();
        return scv() * m * m;
    }

    /** True when the variance is infinite: mean-value formulas that need E[X^2] do not apply. */
    default boolean hasInfiniteVariance() {
        return Double.isInfinite(scv());
    }

    /**
     * The tail index: the alpha of a power-law tail P(X &gt; x) ~ x^-alpha, so that E[X^k] is finite exactly for
     * k &lt; alpha. Infinite for laws whose moments are all finite (exponential, lognormal, Weibull, bounded).
     */
    default double tailIndex() {
        return Double.POSITIVE_INFINITY;
    }

    /** The rate 1/mean. */
    default double rate() {
        return 1.0 / mean();
    }
}
