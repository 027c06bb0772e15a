package brokerlab.experiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MeasurementsTest {
    @Test
    void keepsInsertionOrderAndFindsByMetricOrName() {
        var m = Measurements.builder().put(Metric.UTILIZATION, 0.5).put(Metric.MEAN_WAIT, 4.4).build();
        assertEquals(List.of(Metric.UTILIZATION, Metric.MEAN_WAIT), m.metrics());
        assertEquals(4.4, m.get(Metric.MEAN_WAIT));
        assertEquals(0.5, m.get("utilization"));
        assertEquals(List.of("utilization", "mean_wait"), List.copyOf(m.asMap().keySet()));
    }

    @Test
    void aMetricIsPutOnceAndUnknownNamesAreListed() {
        var b = Measurements.builder().put(Metric.MEAN_WAIT, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.put(Metric.MEAN_WAIT, 2)).getMessage().contains("mean_wait"));
        var ex = assertThrows(IllegalArgumentException.class, () -> b.build().get("p99"));
        assertTrue(ex.getMessage().contains("[mean_wait]"), ex.getMessage());
    }
}
