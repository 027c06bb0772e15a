package brokerlab.dist;

import brokerlab.random.RandomStream;

/**
 * A non-negative random variable (an inter-arrival time, a service demand, a link delay), described the way
 * modellers think of it: by its mean and its squared coefficient of variation SCV = Var / mean^2
 * (0 deterministic, 1 exponential, above 1 bursty or heavy-tailed). Implementations are immutable.
 */
public interface Distribution {
    /** E[X]; finite for every distribution the library builds. */
    double mean();

    /** Var[X] / E[X]^2; {@code Double.POSITIVE_INFINITY} when the variance is infinite (e.g. Pareto alpha <= 2). */
    double scv();

    /** One draw. */
    double sample(RandomStream rng);

    /** The canonical text spec, which {@code Distributions.parse} reads back, e.g. {@code lomax(alpha=2.5,mean=1)}. */
    String spec();

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

    /** The rate 1/mean. */
    default double rate() {
        return 1.0 / mean();
    }
}
