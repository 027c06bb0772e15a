package brokerlab.model;

import brokerlab.stats.LatencyHistogram;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class LatencyRecorderTest {
    private static final double[] LEVELS = {0.5, 0.9, 0.95, 0.99, 0.999};

    @Test
    void percentilesAreWithinATenthOfAPercentOfTheExactSamplePercentiles() {
        // 100,000 draws mixing 30% zeros, exponentials and a heavy Lomax tail; exact = sorted[ceil(qN) − 1].
        SplittableRandom rng = new SplittableRandom(3);
        int n = 100_000;
        double[] xs = new double[n];
        LatencyRecorder recorder = new LatencyRecorder(1e-6);
        LatencyHistogram hdr = new LatencyHistogram();
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            xs[i] = u < 0.3 ? 0 : u < 0.8 ? rng.nextExponential() : Math.pow(rng.nextDouble(), -1 / 1.5) - 1;
            recorder.record(xs[i]);
            hdr.record(xs[i]);
        }
        Arrays.sort(xs);
        for (double q : LEVELS) {
            double exact = xs[(int) Math.ceil(q * n) - 1];
            assertEquals(exact, recorder.percentile(q), 1e-3 * exact + 1e-12, "q = " + q);
            assertEquals(hdr.percentile(q), recorder.percentile(q), 2e-3 * exact + 1e-12, "vs LatencyHistogram, q = " + q);
        }
        assertEquals(n, recorder.count());
    }

    @Test
    void reportsAConstantExactlyAndZerosAsZero() {
        LatencyRecorder r = new LatencyRecorder(1e-6);
        for (int i = 0; i < 10; i++) r.record(1.0);
        assertEquals(1.0, r.percentile(0.99));
        LatencyRecorder z = new LatencyRecorder(1e-6);
        z.record(0);
        z.record(1e-9);   // below the floor: a rounding residue, counted as 0
        z.record(5);
        assertEquals(0.0, z.percentile(0.5));
        assertEquals(5.0, z.percentile(0.9));
    }

    @Test
    void keepsEveryCountWhileItWidensFromOneOctaveToTheTopOne() {
        // One value per octave from the floor up to 2^60 of it, largest first and then smallest first, so the
        // array widens many times (and once to the top octave, where 1e300 is counted: values beyond it are clamped
        // into it), then the percentiles of the 2 x 61 values: each octave's value is its rank's answer within a
        // bucket's width (0.1%), and no count is lost on the way.
        LatencyRecorder r = new LatencyRecorder(1e-6);
        double[] xs = new double[61];
        for (int o = 0; o <= 60; o++) xs[o] = 1e-6 * Math.pow(2, o) * 1.3;
        for (int o = 60; o >= 0; o--) r.record(xs[o]);
        for (int o = 0; o <= 60; o++) r.record(xs[o]);
        r.record(1e300);
        assertEquals(123, r.count());
        for (int o = 0; o <= 60; o++) {
            double q = (2.0 * o + 1.5) / 123;            // ranks 2o + 1 and 2o + 2 hold octave o's two copies
            assertEquals(xs[o], r.percentile(q), 1e-3 * xs[o], "octave " + o);
        }
        assertEquals(123, r.sketch().count());
    }

    @Test
    void manyLevelsInOnePassAreEachLevelsOwnPercentile() {
        // 40% zeros, so low levels answer 0; levels above every rank answer the maximum
        SplittableRandom rng = new SplittableRandom(5);
        LatencyRecorder r = new LatencyRecorder(1e-6);
        for (int i = 0; i < 20_000; i++) r.record(rng.nextDouble() < 0.4 ? 0 : rng.nextExponential());
        double[] levels = {0.1, 0.4, 0.4000001, 0.5, 0.9, 0.95, 0.99, 0.999, 0.99999, 0.9999999};
        double[] together = r.percentiles(levels);
        for (int j = 0; j < levels.length; j++) assertEquals(r.percentile(levels[j]), together[j], "level " + levels[j]);
        assertEquals(0.0, together[0]);
        assertTrue(together[9] > 5, "the top level reaches the tail: " + together[9]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.percentiles(0.9, 0.5)).getMessage().contains("ascending"));
        assertTrue(Double.isNaN(new LatencyRecorder(1).percentiles(0.5, 0.9)[1]));
    }

    @Test
    void isNanWhenEmptyAndRejectsLevelsOutsideTheOpenUnitInterval() {
        assertTrue(Double.isNaN(new LatencyRecorder(1).percentile(0.5)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new LatencyRecorder(1).percentile(1.0)).getMessage().contains("q"));
    }
}
