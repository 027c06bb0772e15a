package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.random.RandomStream;

/**
 * Draws from a {@link Distribution}, with the exponential case inlined. Inside one JVM the engines meet many
 * distribution classes, so {@code Distribution.sample} becomes a megamorphic call the JIT cannot inline; the
 * exponential (the common case) then pays a virtual dispatch per draw. The inlined branch computes exactly what
 * {@link Exponential#sample} computes, so results are bit-identical either way.
 */
final class Sampler {
    private final Distribution distribution;
    private final double exponentialRate;   // > 0 when the distribution is Exponential, else 0

    Sampler(Distribution distribution) {
        this.distribution = distribution;
        this.exponentialRate = distribution instanceof Exponential e ? e.rate() : 0;
    }

    double next(RandomStream rng) {
        return exponentialRate > 0 ? rng.nextExponential() / exponentialRate : distribution.sample(rng);
    }
}
