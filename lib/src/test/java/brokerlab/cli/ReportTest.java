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
    void anInfiniteEstimateIsTheStringInfinityWithASiblingNote() {
        // The library's one JSON convention (brokerlab.util.Json): infinities are "Infinity", NaN is null.
        Report r = new Report().metric("mean_wait", Estimate.infinite("P-K", "E[S^2] = inf"), null);
        Map<String, Object> m = JsonReader.object(print(r, true));
        assertEquals("Infinity", m.get("mean_wait"));
        assertEquals("infinite: E[S^2] = inf", m.get("mean_wait_note"));
        assertTrue(print(r, false).contains("mean_wait  Infinity  (infinite: E[S^2] = inf)"), print(r, false));
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
    void tableNumbersKeepTheirWholeExponent() {
        // %.6g of 1.00393e-300 is "1.00393e-300": only the mantissa's trailing zeros may go, never the exponent's.
        String table = print(new Report().metric("a", 1.00393e-300).metric("b", 2.5e+300).metric("c", 1.0e-100), false);
        assertTrue(table.contains("a  1.00393e-300\n") && table.contains("b  2.5e+300\n") && table.contains("c  1e-100\n"), table);
    }

    @Test
    void noCi95ObjectWithoutIntervals() {
        assertFalse(JsonReader.object(print(new Report().metric("utilization", 0.9), true)).containsKey("ci95"));
    }
}
