package brokerlab.model;

import brokerlab.dist.Exponential;
import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SamplerTest {
    @Test
    void theInlinedExponentialDrawsExactlyWhatTheDistributionDraws() {
        Exponential e = new Exponential(3.7);
        RandomStream a = RandomStream.of(1, 0), b = RandomStream.of(1, 0);
        Sampler s = new Sampler(e);
        for (int k = 0; k < 1_000; k++) assertEquals(e.sample(a), s.next(b));
    }

    @Test
    void otherDistributionsAreSampledThroughTheirOwnMethod() {
        var det = new brokerlab.dist.Deterministic(2.5);
        assertEquals(2.5, new Sampler(det).next(RandomStream.of(1, 0)));
    }
}
