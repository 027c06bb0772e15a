package brokerlab.display;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.*;

class RowsTest {
    static final ConfidenceInterval WAIT = new ConfidenceInterval(12.3456, 0.41, 0.95, 20);

    @Test
    void showsAsAnHtmlTableWithIntervalsAndRightAlignedNumbers() {
        var rows = Rows.titled("waits", "load ρ", "mean wait (ms)", "inside").add(0.9, WAIT, true).add(0.95, null, false);
        String html = rows.toHtml();
        assertTrue(html.contains("<caption>waits</caption>"), html);
        assertTrue(html.contains("<th class=\"n\">load ρ</th><th class=\"n\">mean wait (ms)</th><th>inside</th>"), html);
        assertTrue(html.contains("12.35 ± 0.41</span></td><td>yes</td>"), html);
        assertTrue(html.contains("white-space:nowrap") && html.contains("overflow:auto"), "cells must not wrap: " + html);
    }

    @Test
    void plainTextAlignsColumns() {
        var rows = Rows.of("load ρ", "mean wait (ms)").add(0.9, WAIT).add(0.95, 120.0);
        assertEquals(String.join("\n",
                "load ρ  mean wait (ms)",
                "------  --------------",
                "   0.9    12.35 ± 0.41",
                "  0.95             120"), rows.toString());
    }

    @Test
    void aRowWithTheWrongNumberOfValuesNamesTheColumns() {
        var e = assertThrows(IllegalArgumentException.class, () -> Rows.of("a", "b").add(1.0));
        assertTrue(e.getMessage().contains("one value per column (2: [a, b])"), e.getMessage());
    }

    @Test
    void toTableSplitsIntervalsIntoEstimateAndHalfWidthColumns() {
        Table t = Rows.of("rho", "wait", "note").add(0.9, WAIT, "x").add(0.95, WAIT.scaled(2), "y").toTable();
        assertEquals(java.util.List.of("rho", "wait", "wait_ci95", "note"), t.columnNames());
        assertEquals(2 * 12.3456, t.doubleColumn("wait").get(1), 1e-12);
        assertEquals(0.82, t.doubleColumn("wait_ci95").get(1), 1e-12);
    }

    @Test
    void toTableKeepsBothEndsOfAnAsymmetricInterval() {
        var boot = new brokerlab.stats.ConfidenceInterval(3.1, 2.6, 3.9, 0.95, 20, "paired bootstrap");
        Table t = Rows.of("fix", "gain").add("a", boot).add("b", WAIT).toTable();
        assertEquals(java.util.List.of("fix", "gain", "gain_lower", "gain_upper"), t.columnNames());
        assertEquals(2.6, t.doubleColumn("gain_lower").get(0), 0);
        assertEquals(WAIT.upper(), t.doubleColumn("gain_upper").get(1), 1e-12);
    }

    @Test
    void longTablesShowHeadAndTailAroundACountOfTheRowsLeftOut() {
        var rows = Rows.of("i");
        for (int i = 0; i < 1000; i++) rows.add(i);
        String html = rows.toHtml();
        // 1000 rows: the first 380, a marker for 600, the last 20.
        assertTrue(html.contains("⋯ 600 more rows ⋯"), "missing gap marker");
        assertTrue(html.contains("<td class=\"n\">379</td>") && !html.contains("<td class=\"n\">380</td>"));
        assertTrue(html.contains("<td class=\"n\">980</td>") && !html.contains("<td class=\"n\">979</td>"));
    }
}
