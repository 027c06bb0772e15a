package brokerlab.experiment;

import brokerlab.model.Station;
import brokerlab.model.StationRun;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PairedRatioTest {
    private static final Metric X = Metric.of("x", "", Metric.Kind.MEAN);

    /** Per-replication values of one metric, optionally declared heavy-tailed (infinite variance). */
    private record Value(Measurements measurements, boolean heavy) implements Outcome {
        @Override
        public boolean infiniteVariance(Metric metric) {
            return heavy;
        }
    }

    private static Estimates<Value> estimates(boolean heavy, double... xs) {
        List<Value> runs = new ArrayList<>();
        for (double x : xs) runs.add(new Value(Measurements.builder().put(X, x).build(), heavy));
        return Estimates.of(runs);
    }

    @Test
    void identicalExperimentsHaveRatioExactlyOne() {
        var e = estimates(false, 3, 5, 4, 6, 2, 7);
        ConfidenceInterval r = PairedRatio.of(e, e, X);
        assertEquals(1, r.estimate(), 0);
        assertEquals(1, r.lower(), 0);
        assertEquals(1, r.upper(), 0);
        assertEquals(PairedRatio.METHOD, r.method());
    }

    @Test
    void replicationsScaledByTwoGiveTwoWithoutSpread() {
        // every resample keeps the pairs, so mean(2x) / mean(x) = 2 in each of them
        ConfidenceInterval r = PairedRatio.of(estimates(false, 6, 10, 8, 12, 4, 14), estimates(false, 3, 5, 4, 6, 2, 7), X);
        assertEquals(2, r.estimate(), 1e-12);
        assertEquals(2, r.lower(), 1e-12);
        assertEquals(2, r.upper(), 1e-12);
    }

    @Test
    void meanAndP99RatiosOfTwoMm1QueuesCoverTheExactThree() {
        // M/M/1 at lambda = 0.5: response ~ Exp(mu - lambda), so mean 1/(mu - lambda) and p99 ln(100)/(mu - lambda);
        // mu = 1 against mu = 2 gives (2 - 0.5) / (1 - 0.5) = 3 for both. Same seed: common arrivals and sizes.
        Estimates<StationRun> slow = Experiment.of(Station.mm1(0.5, 1)).customers(50_000).replications(20).seed(11).run();
        Estimates<StationRun> fast = Experiment.of(Station.mm1(0.5, 2)).customers(50_000).replications(20).seed(11).run();
        for (Metric m : List.of(Metric.MEAN_RESPONSE, Metric.P99_RESPONSE)) {
            ConfidenceInterval r = PairedRatio.of(slow, fast, m);
            assertTrue(r.contains(3), m + ": " + r);
            assertEquals(slow.point(m) / fast.point(m), r.estimate(), 1e-12);
            assertTrue(r.upper() - r.lower() < 0.5, m + " interval too wide to mean anything: " + r);
        }
    }

    @Test
    void heavyTailedSidesUseMediansOverReplications() {
        // Estimates reports the median over replications here (infinite variance); the ratio uses the same points:
        // median(4, 5, 6, 7, 8, 9, 1000) = 7 over median(2, 2.5, 3, 3.5, 4, 4.5, 5) = 3.5 gives 2
        var top = estimates(true, 4, 5, 6, 7, 8, 9, 1000);
        var bottom = estimates(true, 2, 2.5, 3, 3.5, 4, 4.5, 5);
        assertEquals(ConfidenceInterval.MEDIAN, top.get(X).method());
        ConfidenceInterval r = PairedRatio.of(top, bottom, X);
        assertEquals(2, r.estimate(), 1e-12);
        assertTrue(r.upper() < 10, "one huge replication must not blow up the interval of a median ratio: " + r);
    }

    @Test
    void sameInputsGiveTheSameInterval() {
        var a = estimates(false, 3, 9, 4, 6, 2, 7, 5, 8);
        var b = estimates(false, 1, 2, 2, 3, 1, 4, 2, 3);
        assertEquals(PairedRatio.of(a, b, X), PairedRatio.of(a, b, X));
    }

    @Test
    void rejectsExperimentsWithDifferentReplicationCounts() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PairedRatio.of(estimates(false, 1, 2, 3), estimates(false, 1, 2), X));
        assertTrue(e.getMessage().contains("replications") && e.getMessage().contains("same plan"), e.getMessage());
    }
}
