package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.dist.Lomax;
import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

class ServiceFitTest {

    private static double[] sample(String spec, int n) {
        Distribution d = Distributions.parse(spec);
        RandomStream rng = RandomStream.of(4, RandomStream.SERVICE);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = d.sample(rng);
        return xs;
    }

    @Test
    void aLomaxSampleIsFittedWithItsPowerLawTail() {
        ServiceFit f = ServiceFit.of(sample("lomax(alpha=2.2,mean=5)", 20_000));
        Lomax l = assertInstanceOf(Lomax.class, f.distribution(), f.toString());
        assertTrue(f.hill().contains(2.2) || Math.abs(l.alpha() - 2.2) < 0.5, f.toString());
        assertEquals(5, f.mean(), 0.5);
    }

    @Test
    void anExponentialSampleGetsTheTwoMomentFitNotALomax() {
        ServiceFit f = ServiceFit.of(sample("exp(mean=5)", 20_000));
        assertTrue(!(f.distribution() instanceof Lomax), f.toString());
        assertEquals(1, f.scv(), 0.05);
        assertEquals(5, f.distribution().mean(), 0.1);
    }

    @Test
    void aFixedSleepWithTimerNoiseIsDeterministic() {
        double[] xs = sample("uniform(min=5.0,max=5.2)", 1_000);   // a 5 ms sleep with up to 0.2 ms overshoot
        assertInstanceOf(Deterministic.class, ServiceFit.of(xs).distribution());
    }

    @Test
    void tooFewOrBadObservationsAreRefusedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServiceFit.of(new double[5])).getMessage().startsWith("samples = 5"));
        double[] bad = sample("exp(mean=1)", 50);
        bad[3] = -1;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServiceFit.of(bad)).getMessage().startsWith("sample = -1.0"));
    }
}
