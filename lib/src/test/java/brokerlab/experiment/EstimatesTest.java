package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.LogLinearSketch;
import brokerlab.stats.QuantileSketch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EstimatesTest {
    private static final Metric MEDIAN = Metric.percentile(0.5, "response", "time");
    private static final Metric X = Metric.of("x", "time", Metric.Kind.MEAN);
    private static final Metric Y = Metric.of("y", "", Metric.Kind.FRACTION);

    private static Measurements run(double x) {
        return Measurements.builder().put(X, x).put(Y, x + 1).build();
    }

    /** An outcome whose x may have infinite variance, as a heavy-tailed queue's mean wait. */
    private record Heavy(Measurements measurements) implements Outcome {
        @Override public boolean infiniteVariance(Metric m) { return m.equals(X); }
    }

    @Test
    void aMetricIsTheStudentTIntervalOfTheReplicationValues() {
        // values 1, 2, 3: mean 2, s = 1, t(0.975, 2) = 4.3027 => half-width 4.3027 / sqrt(3) = 2.4841
        var e = Estimates.of(List.of(run(1), run(2), run(3)));
        assertEquals(2.0, e.get(X).estimate(), 1e-12);
        assertEquals(4.302652729749464 / Math.sqrt(3), e.get(X).halfWidth(), 1e-9);
        assertEquals(ConfidenceInterval.T, e.get(X).method());
        assertEquals(3.0, e.get("y").estimate(), 1e-12);
        assertEquals(3, e.replications());
    }

    @Test
    void aPairedRatioIsTheIntervalOfTheReplicationByReplicationRatios() {
        // x = 2, 4, 6 against 1, 2, 3: every ratio is exactly 2, so the paired interval has zero width, while the
        // two separate intervals (2 ± 2.48 and 4 ± 4.97) say almost nothing about the ratio.
        var a = Estimates.of(List.of(run(2), run(4), run(6)));
        var b = Estimates.of(List.of(run(1), run(2), run(3)));
        var ci = a.pairedRatio(b, X);
        assertEquals(2.0, ci.estimate(), 1e-12);
        assertEquals(0.0, ci.halfWidth(), 1e-12);
        assertEquals(ConfidenceInterval.T, ci.method());
        // ratios 2, 3, 4: mean 3, s = 1, half-width t(0.975, 2) / sqrt(3) = 2.4841
        var c = Estimates.of(List.of(run(2), run(6), run(12))).pairedRatio(b, X);
        assertEquals(3.0, c.estimate(), 1e-12);
        assertEquals(4.302652729749464 / Math.sqrt(3), c.halfWidth(), 1e-9);
        var e = assertThrows(IllegalArgumentException.class, () -> a.pairedRatio(Estimates.of(List.of(run(1), run(2))), X));
        assertTrue(e.getMessage().contains("baseline") && e.getMessage().contains("same replications"), e.getMessage());
    }

    @Test
    void aPairedRatioOfHeavyTailedValuesIsAMedian() {
        // ratios 1..10 (one replication's huge value included): the median 5.5 with the order-statistic interval
        List<Heavy> mine = new ArrayList<>(), base = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            mine.add(new Heavy(run(i == 10 ? 1000 : i)));
            base.add(new Heavy(run(i == 10 ? 100 : 1)));
        }
        var ci = Estimates.of(mine).pairedRatio(Estimates.of(base), X);
        assertEquals(ConfidenceInterval.MEDIAN, ci.method());
        assertEquals(5.5, ci.estimate(), 1e-12);
    }

    @Test
    void oneReplicationGivesAPointWithoutAnInterval() {
        var ci = Estimates.of(List.of(run(7))).get(X);
        assertEquals(7, ci.estimate());
        assertFalse(ci.hasInterval());
        assertEquals(ConfidenceInterval.SINGLE, ci.method());
    }

    @Test
    void keepsAnImmutableCopyOfTheRuns() {
        var list = new ArrayList<>(List.of(run(1), run(2)));
        var e = Estimates.of(list);
        list.add(run(3));
        assertEquals(2, e.replications());
        assertThrows(UnsupportedOperationException.class, () -> e.runs().add(run(4)));
    }

    @Test
    void infiniteVarianceGivesTheMedianWithAnOrderStatisticInterval() {
        // 1..10 plus one huge value: median of 1, 2, ..., 9, 1000 is (5 + 6) / 2 = 5.5; with n = 10 the 95% interval
        // is [x(2), x(9)] = [2, 9] (coverage 1 - 2 P(Bin(10, 1/2) <= 1) = 97.85%)
        List<Heavy> runs = new ArrayList<>();
        for (double v : new double[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 1000}) runs.add(new Heavy(run(v)));
        var e = Estimates.of(runs);
        var ci = e.get(X);
        assertEquals(ConfidenceInterval.MEDIAN, ci.method());
        assertEquals(5.5, ci.estimate(), 1e-12);
        assertEquals(2, ci.lower());
        assertEquals(9, ci.upper());
        assertEquals(ConfidenceInterval.T, e.get(Y).method(), "y has finite variance: a t interval");
        assertTrue(e.notes().get(0).startsWith("x:"), e.notes().toString());
    }

    @Test
    void tooFewHeavyReplicationsGiveTheMedianWithoutAnInterval() {
        var e = Estimates.of(List.of(new Heavy(run(1)), new Heavy(run(2)), new Heavy(run(10))));
        assertEquals(2, e.get(X).estimate());
        assertFalse(e.get(X).hasInterval(), "3 replications cannot give a distribution-free 95% interval");
    }

    @Test
    void undefinedValuesAreSkippedAndCounted() {
        var e = Estimates.of(List.of(run(1), run(Double.NaN), run(3)));
        assertEquals(2, e.get(X).estimate(), 1e-12);
        assertEquals(2, e.get(X).samples());
    }

    @Test
    void anUnknownMetricNamesTheKnownOnes() {
        var ex = assertThrows(IllegalArgumentException.class, () -> Estimates.of(List.of(run(1), run(2))).get("mean_wiat"));
        assertTrue(ex.getMessage().contains("mean_wiat") && ex.getMessage().contains("[x, y]"), ex.getMessage());
    }

    @Test
    void tableRowAndJsonCarryEveryMetric() {
        var e = Estimates.of(List.of(run(1), run(3)));
        assertEquals(2, e.table().rowCount());
        assertEquals(List.of("x", "x_lo", "x_hi", "y", "y_lo", "y_hi"), List.copyOf(e.row().keySet()));
        assertEquals(List.of("y", "y_lo", "y_hi"), List.copyOf(e.row(Y).keySet()));
        String json = e.toJson();
        assertTrue(json.contains("\"half_width\"") && json.contains("\"x\""), json);
    }

    @Test
    void printsEveryMetricWithItsInterval() {
        String s = Estimates.of(List.of(run(1), run(2))).toString();
        assertTrue(s.contains("x") && s.contains("95% CI"), s);
    }

    /** An outcome carrying its run's sample as a quantile sketch, as a station run does. */
    private record Sketched(Measurements measurements, QuantileSketch sample) implements Outcome {
        @Override public QuantileSketch sketch(Metric m) { return m.kind() == Metric.Kind.PERCENTILE ? sample : null; }
    }

    /** A run of {@code n} customers that all took {@code value}: its median is exactly {@code value}. */
    private static Sketched constantRun(double value, long n) {
        var sketch = LogLinearSketch.of(value / 2, 0, new int[]{LogLinearSketch.key(value)}, new long[]{n}, value);
        return new Sketched(Measurements.builder().put(MEDIAN, value).build(), sketch);
    }

    @Test
    void aPooledPercentileMeasuresTheRunsSpreadAboutThePooledPointNotAboutTheirMean() {
        // Runs of 1,000 x 1.0, 1,000 x 2.0 and 2,000 x 4.0: per-run medians 1, 2, 4 (mean 7/3); pooled, the
        // 2,000th of 4,000 sorted values is 2.0. Sectioning (Nakayama 2014): S^2 = ((1-2)^2 + 0 + (4-2)^2) / 2 = 2.5,
        // half-width t(0.975, 2) sqrt(2.5 / 3) = 4.302653 x 0.912871 = 3.927766. About the runs' own mean it would be
        // t sqrt(7/3) / sqrt(3) = 3.794733: too narrow by the gap between the pooled point and that mean.
        var e = Estimates.of(List.of(constantRun(1, 1_000), constantRun(2, 1_000), constantRun(4, 2_000)));
        var ci = e.get(MEDIAN);
        assertEquals("pooled, sectioning", ci.method());
        assertEquals(2.0, ci.estimate(), 1e-9);
        assertEquals(4.302652729749464 * Math.sqrt(2.5 / 3), ci.halfWidth(), 1e-9);
        assertEquals(2.0 - ci.halfWidth(), ci.lower(), 1e-12);
    }

    @Test
    void aPooledPercentileOfTinyTimesKeepsItsHalfWidth() {
        // The runs above in units of 1e-300: the half-width scales exactly, it does not underflow to 0
        double u = 1e-300;
        var e = Estimates.of(List.of(constantRun(u, 1_000), constantRun(2 * u, 1_000), constantRun(4 * u, 2_000)));
        assertEquals(4.302652729749464 * Math.sqrt(2.5 / 3) * u, e.get(MEDIAN).halfWidth(), 1e-9 * u);
    }
}
