package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.random.RandomStream;

/**
 * Test-only service distributions (brokerlab.dist is extended in parallel; only Exponential exists there now).
 * Each states its moments from its own parameters so the tests' expected values stay independent of sampling.
 */
final class TestDistributions {
    private TestDistributions() {}

    /** A constant: SCV 0. */
    record Deterministic(double value) implements Distribution {
        @Override public double mean() { return value; }
        @Override public double scv() { return 0; }
        @Override public double sample(RandomStream rng) { return value; }
        @Override public String spec() { return "det(" + value + ")"; }
    }

    /**
     * Two-phase hyperexponential with balanced means: with probability p rate r1, else rate r2.
     * E[X] = p/r1 + (1−p)/r2, E[X²] = 2p/r1² + 2(1−p)/r2².
     */
    record H2(double p, double rate1, double rate2) implements Distribution {
        /** Mean m and SCV c² >= 1: p = (1 + sqrt((c²−1)/(c²+1)))/2, r1 = 2p/m, r2 = 2(1−p)/m (Whitt 1982). */
        static H2 of(double mean, double scv) {
            double p = (1 + Math.sqrt((scv - 1) / (scv + 1))) / 2;
            return new H2(p, 2 * p / mean, 2 * (1 - p) / mean);
        }
        @Override public double mean() { return p / rate1 + (1 - p) / rate2; }
        @Override public double secondMoment() { return 2 * p / (rate1 * rate1) + 2 * (1 - p) / (rate2 * rate2); }
        @Override public double scv() { return secondMoment() / (mean() * mean()) - 1; }
        @Override public double sample(RandomStream rng) {
            return rng.nextDouble() < p ? rng.nextExponential() / rate1 : rng.nextExponential() / rate2;
        }
        @Override public String spec() { return "h2(p=" + p + ",r1=" + rate1 + ",r2=" + rate2 + ")"; }
    }

    /**
     * Lomax (Pareto type II) with shape alpha and scale s: X = s (U^(−1/alpha) − 1), E[X] = s/(alpha − 1),
     * SCV = alpha/(alpha − 2) for alpha > 2, infinite variance for alpha <= 2.
     */
    record Lomax(double alpha, double scale) implements Distribution {
        static Lomax withMean(double alpha, double mean) { return new Lomax(alpha, mean * (alpha - 1)); }
        @Override public double mean() { return scale / (alpha - 1); }
        @Override public double scv() { return alpha > 2 ? alpha / (alpha - 2) : Double.POSITIVE_INFINITY; }
        @Override public double sample(RandomStream rng) { return scale * (Math.pow(rng.nextOpenDouble(), -1 / alpha) - 1); }
        @Override public String spec() { return "lomax(alpha=" + alpha + ",scale=" + scale + ")"; }
    }
}
