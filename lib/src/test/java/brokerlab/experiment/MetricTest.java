package brokerlab.experiment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MetricTest {
    @Test
    void percentilesAreNamedByTheirDigits() {
        assertEquals("p50_response", Metric.response(0.5).name());
        assertEquals("p99_response", Metric.response(0.99).name());
        assertEquals("p999_wait", Metric.waitPercentile(0.999).name());
        assertEquals("p9999_commit", Metric.percentile(0.9999, "commit", "ms").name());
        assertEquals(0.999, Metric.P999_RESPONSE.quantile());
        assertEquals(0.5, Metric.P50_WAIT.quantile());
    }

    @Test
    void theNameIsTheIdentity() {
        assertEquals(Metric.MEAN_WAIT, Metric.of("mean_wait", "ms", Metric.Kind.OTHER));
    }

    @Test
    void namesMustBeSnakeCase() {
        var ex = assertThrows(IllegalArgumentException.class, () -> Metric.of("meanWait", "", Metric.Kind.MEAN));
        assertTrue(ex.getMessage().contains("snake_case"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metric.MEAN_WAIT.quantile());
    }
}
