package brokerlab.experiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MetricsTest {

    record Point(int servers, double meanWait, String note) {}

    @Test
    void recordsGiveNumericComponentsInDeclarationOrder() {
        var m = Metrics.of(new Point(3, 1.5, "n"), "test");
        assertEquals(List.of("servers", "meanWait"), List.copyOf(m.keySet()));
        assertEquals(3.0, m.get("servers"));
    }

    @Test
    void rejectsResultsThatAreNeitherRecordsNorMaps() {
        var e = assertThrows(IllegalArgumentException.class, () -> Metrics.of("text", "rho = 0.5"));
        assertTrue(e.getMessage().contains("rho = 0.5"), e.getMessage());
    }
}
