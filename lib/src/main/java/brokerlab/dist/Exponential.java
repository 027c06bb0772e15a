package brokerlab.dist;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/** Exponential with the given rate: memoryless, SCV = 1. The M in M/M/c. */
public record Exponential(double rate) implements Distribution {
    public Exponential {
        Check.positive("rate", rate);
    }

    public static Exponential withRate(double rate) {
        return new Exponential(rate);
    }

    public static Exponential withMean(double mean) {
        Check.positive("mean", mean);
        return new Exponential(1.0 / mean);
    }

    @Override public double mean() { return 1.0 / rate; }
    @Override public double scv() { return 1.0; }
    @Override public double sample(RandomStream rng) { return rng.nextExponential() / rate; }
    @Override public String spec() { return "exp(rate=" + Specs.format(rate) + ")"; }
    @Override public String toString() { return spec(); }
}
