package brokerlab.display;

import brokerlab.analytic.Estimate;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.MedianInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ValuesTest {

    @Test
    void intervalRoundsTheHalfWidthToTwoSignificantDigitsAndTheEstimateToTheSamePlace() {
        // hw = 0.0789 -> 0.079 (third decimal), so the estimate 12.3456 is shown to the third decimal: 12.346.
        assertEquals("12.346 ± 0.079", Values.interval(12.3456, 0.0789));
        // hw = 1234 -> 1200 (hundreds): 98765 -> 98800.
        assertEquals("98800 ± 1200", Values.interval(98765, 1234));
        assertEquals("5 ± 0", Values.interval(5, 0));
    }

    @Test
    void confidenceIntervalShowsAsEstimatePlusMinusHalfWidthWithLevelAndCountOnHover() {
        // mean 12.3, s = 0.2, t(0.975, 2) = 4.3027: hw = 4.3027 * 0.2 / sqrt(3) = 0.4968 -> "0.50", estimate "12.30".
        var ci = ConfidenceInterval.ci95(new double[] {12.1, 12.5, 12.3});
        assertEquals("12.30 ± 0.50", Values.text(ci));
        assertEquals("<span title=\"95% confidence interval (Student t), n = 3\">12.30 ± 0.50</span>", Values.html(ci));
    }

    @Test
    void infinitiesShowAsTheInfinitySignAndNaNAsADash() {
        assertEquals("∞", Values.number(Double.POSITIVE_INFINITY));
        assertEquals("-∞", Values.number(Double.NEGATIVE_INFINITY));
        assertEquals("—", Values.number(Double.NaN));
        var inf = Estimate.infinite("Pollaczek–Khinchine", "E[S^2] is infinite");
        assertEquals("∞", Values.text(inf));
        assertTrue(Values.html(inf).contains("title=\"Pollaczek–Khinchine: E[S^2] is infinite\""), Values.html(inf));
        assertEquals("∞ ms", Values.text(Quantity.of(Double.POSITIVE_INFINITY, "ms")));
    }

    @Test
    void doublesLoseFloatingPointNoiseButNeverIntegerDigits() {
        assertEquals("0.3", Values.number(0.1 + 0.2));
        assertEquals("123457", Values.number(123456.789));
        assertEquals("12345678", Values.number(12345678.4));
        assertEquals("1.5e-7", Values.number(1.5e-7));
        assertEquals("-2.5", Values.number(-2.5));
    }

    @Test
    void medianIntervalShowsTheMedianAndItsBounds() {
        // n = 7 sorted 1..7: median 4; k = 1 gives [1, 7] with coverage 1 - 2/128 = 98.4% >= 95%, k = 2 gives 87.5% < 95%.
        var m = MedianInterval.ci95(new double[] {7, 1, 6, 2, 5, 3, 4});
        assertEquals("4.0 [1.0, 7.0]", Values.text(m));
        assertTrue(Values.html(m).contains("98.4% interval, n = 7"), Values.html(m));
    }

    @Test
    void anAsymmetricIntervalShowsItsBoundsAndMethodNotAPlusMinus() {
        // a bootstrap interval [2.6, 3.9] around 3.1 is not 3.1 ± 0.65: half-width 0.65 -> two decimals
        var ci = new ConfidenceInterval(3.1, 2.6, 3.9, 0.95, 20, "paired bootstrap");
        assertEquals("3.10 [2.60, 3.90]", Values.text(ci));
        assertTrue(Values.html(ci).contains("95% confidence interval (paired bootstrap), n = 20"), Values.html(ci));
    }

    @Test
    void aLopsidedIntervalShowsItsEndsNotAPlusMinus() {
        // a percentile-bootstrap interval 254 [148, 276]: "254 ± 64" would claim 190 to 318
        var boot = new ConfidenceInterval(254.06, 147.99, 276.28, 0.95, 8, "pooled, bootstrap");
        assertEquals("254 [148, 276]", Values.text(boot));
        assertTrue(Values.html(boot).contains("95% confidence interval (pooled, bootstrap), n = 8"), Values.html(boot));
        // a sectioning interval is centred on its pooled point: shown as ±
        var sectioning = new ConfidenceInterval(1.2046, 1.1658, 1.2434, 0.95, 16, "pooled, sectioning");
        assertEquals("1.205 ± 0.039", Values.text(sectioning));
    }

    @Test
    void aPlansEvaluationShowsItsIntervalOrItsValue() {
        var simulated = brokerlab.analytic.capacity.Evaluation.simulated(new ConfidenceInterval(0.61, 0.02, 0.95, 10), "simulation");
        assertEquals("0.610 ± 0.020", Values.text(simulated));
        assertTrue(Values.html(simulated).contains("simulation; 95% confidence interval (Student t), n = 10"), Values.html(simulated));
        assertEquals("∞", Values.text(brokerlab.analytic.capacity.Evaluation.of(Estimate.infinite("stability", "rho >= 1"))));
    }

    @Test
    void quantityCarriesItsUnitAndAnEstimateItsMethod() {
        var ci = new ConfidenceInterval(0.0123456, 0.00041, 0.95, 20).scaled(1000);
        assertEquals("12.35 ± 0.41 ms", Quantity.of(ci, "ms").toString());
        assertTrue(Values.html(Estimate.of(2.5, "Erlang C (exact)")).contains("title=\"Erlang C (exact)\">2.5<"));
        assertEquals("yes", Values.text(true));
    }

    @Test
    void htmlEscapesText() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", Values.html("a <b> & \"c\""));
    }

    @Test
    void quantityRejectsAMissingUnitByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Quantity.of(1.0, null));
        assertTrue(e.getMessage().startsWith("unit"), e.getMessage());
    }
}
