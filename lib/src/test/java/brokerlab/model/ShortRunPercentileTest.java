package brokerlab.model;

import brokerlab.analytic.MMc;
import brokerlab.experiment.Coverage;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.experiment.RunPlan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The minimum run length of a pooled percentile's interval (issue 13.3): below {@link Estimates#minimumPerReplication}
 * the sectioning interval under-covers, so {@link Estimates#tooShort} flags it and run-length control runs on; at
 * the minimum it covers 90-98% of the time on a loaded queue with an exact answer.
 */
class ShortRunPercentileTest {
    private static final Station MM4_AT_09 = Station.mmc(3.6, 1, 4);   // rho = 3.6 / 4 = 0.9
    private static final double EXACT_P99 = new MMc(3.6, 1, 4).responsePercentile(0.99);

    @Test
    void theMinimumHoldsFiveHundredValuesBeyondTheQuantile() {
        assertEquals(50_000, Estimates.minimumPerReplication(0.99));     // 500 / 0.01
        assertEquals(500_000, Estimates.minimumPerReplication(0.999));   // 500 / 0.001, not 499,999.99... rounded up to 500,001
        assertEquals(1_000, Estimates.minimumPerReplication(0.5));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Estimates.minimumPerReplication(1.0)).getMessage().startsWith("quantile"));
    }

    @Test
    void aPercentileFromShortReplicationsIsFlaggedAndTheNoteSaysHowLongToRun() {
        var shortRuns = MM4_AT_09.simulate().customers(2_000).replications(4).seed(5).run();
        assertTrue(shortRuns.tooShort(Metric.P99_RESPONSE));
        assertTrue(shortRuns.tooShort(Metric.P999_RESPONSE));
        assertFalse(shortRuns.tooShort(Metric.MEAN_RESPONSE), "a mean has no tail-count rule");
        assertTrue(shortRuns.notes().stream().anyMatch(n -> n.startsWith("p99_response:") && n.contains("run at least 50,000")),
                shortRuns.notes()::toString);
        var longRuns = MM4_AT_09.simulate().customers(50_000).replications(2).seed(5).run();
        assertFalse(longRuns.tooShort(Metric.P99_RESPONSE));
        assertTrue(longRuns.tooShort(Metric.P999_RESPONSE), "50,000 customers hold only 50 values beyond p99.9");
    }

    @Test
    void runLengthControlKeepsDoublingUntilTheControlledPercentileHasItsMinimum() {
        // a 50% target is met at once, but 10,000 customers are short of p99's 50,000: 10k, 20k, 40k, then 80k
        var e = MM4_AT_09.simulate().customers(10_000).replications(4).seed(3).precision(0.5, 8, Metric.P99_RESPONSE).run();
        assertEquals(80_000, e.length().measuredAmount(), 1e-9);
        assertEquals(4, e.stages().size());
        assertEquals(java.util.List.of(), e.warnings());
        assertFalse(e.tooShort(Metric.P99_RESPONSE));
        // with a budget of 2x the control stops at 20,000 and says why (a 95% target, so only the length is missed)
        var capped = MM4_AT_09.simulate().customers(10_000).replications(4).seed(3).precision(0.95, 2, Metric.P99_RESPONSE).run();
        assertEquals(20_000, capped.length().measuredAmount(), 1e-9);
        assertTrue(capped.warnings().stream().anyMatch(w -> w.contains("p99_response (runs shorter than the 50,000 values")),
                capped.warnings()::toString);
    }

    @Test
    void p99OfMm4AtNinetyPercentLoadCoversNinetyToNinetyEightPercentAtTheMinimumAndFarLessBelowIt() {
        // 200 experiments of 8 replications; binomial(200, 0.95) lies in 180..196 with probability about 99%
        Coverage atMinimum = Coverage.of("M/M/4, rho = 0.9", MM4_AT_09, Metric.P99_RESPONSE, EXACT_P99,
                RunPlan.defaults().length(RunLength.customers(Estimates.minimumPerReplication(0.99))).replications(8).seed(9000), 200);
        assertTrue(atMinimum.covered() >= 180 && atMinimum.covered() <= 196, atMinimum.toString());
        // 2,000 customers hold 20 values beyond p99: short runs are biased low and the intervals miss, mostly below
        Coverage tooShort = Coverage.of("M/M/4, rho = 0.9", MM4_AT_09, Metric.P99_RESPONSE, EXACT_P99,
                RunPlan.defaults().length(RunLength.customers(2_000)).replications(8).seed(9000), 200);
        assertTrue(tooShort.covered() < 180, tooShort.toString());
        assertTrue(tooShort.missedLow() > tooShort.missedHigh(), tooShort.toString());
    }
}
