package brokerlab.cli;

import brokerlab.analytic.Estimate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ReportTest {

    private static String print(Report r, boolean json) {
        var bytes = new ByteArrayOutputStream();
        r.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), json);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anInfiniteEstimateIsNullWithASiblingNote() {
        Report r = new Report().metric("mean_wait", Estimate.infinite("P-K", "E[S^2] = inf"), null);
        Map<String, Object> m = JsonReader.object(print(r, true));
        assertTrue(m.containsKey("mean_wait") && m.get("mean_wait") == null);
        assertEquals("infinite: E[S^2] = inf", m.get("mean_wait_note"));
        assertTrue(print(r, false).contains("mean_wait  -  (infinite: E[S^2] = inf)"), print(r, false));
    }

    @Test
    void halfWidthsAreCollectedInCi95() {
        Report r = new Report().field("command", "simulate").metric("mean_wait", 2.0, 0.125, null).none("p99_response");
        Map<String, Object> m = JsonReader.object(print(r, true));
        assertEquals(Map.of("mean_wait", 0.125), m.get("ci95"));
        assertNull(m.get("p99_response"));
        String table = print(r, false);
        assertTrue(table.contains("mean_wait     2 ± 0.125"), table);
        assertTrue(table.contains("p99_response  -"), table);
    }

    @Test
    void tableNumbersKeepSixSignificantDigitsWithoutTrailingZeros() {
        String table = print(new Report().metric("a", 0.899999999).metric("b", 1.5e-5).metric("c", 2.969383160), false);
        assertTrue(table.contains("a  0.9\n") && table.contains("b  1.5e-05\n") && table.contains("c  2.96938\n"), table);
    }

    @Test
    void noCi95ObjectWithoutIntervals() {
        assertFalse(JsonReader.object(print(new Report().metric("utilization", 0.9), true)).containsKey("ci95"));
    }
}
