package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * A constant: every draw equals {@code value}, SCV = 0. The D in M/D/1 (Tijms 2003, section 5.2) and the
 * best case for waiting: Pollaczek-Khinchine halves the M/M/1 queueing delay at the same load.
 * Spec {@code det(value=1)}.
 */
public record Deterministic(double value) implements Distribution {
    public Deterministic {
        Check.positive("value", value);
    }

    @Override public double mean() { return value; }
    @Override public double scv() { return 0; }
    @Override public double sample(RandomStream rng) { return value; }
    @Override public double cdf(double x) { return x >= value ? 1 : 0; }

    @Override
    public double quantile(double p) {
        Numerics.checkLevel(p);
        return value;
    }

    @Override public Deterministic withMean(double newMean) { return new Deterministic(newMean); }

    @Override
    public double moment(int k) {
        Numerics.checkOrder(k);
        return Math.pow(value, k);
    }

    @Override public String spec() { return "det(value=" + Specs.format(value) + ")"; }
    @Override public String toString() { return spec(); }
}
