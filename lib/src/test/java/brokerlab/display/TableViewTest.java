package brokerlab.display;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import static org.junit.jupiter.api.Assertions.*;

class TableViewTest {

    @Test
    void defaultDoublesLoseTheirNoiseButAChosenFormatIsKept() {
        var noisy = DoubleColumn.create("noisy", new double[] {0.1 + 0.2, Double.POSITIVE_INFINITY});
        var chosen = DoubleColumn.create("chosen", new double[] {1234.5, 2});
        chosen.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        var t = Table.create("t", noisy, chosen, StringColumn.create("s", new String[] {"a", "b"}));
        String html = TableView.of(t).html();
        assertTrue(html.contains("<td class=\"n\">0.3</td><td class=\"n\">1,234.50</td><td>a</td>"), html);
        assertTrue(html.contains("<td class=\"n\">∞</td><td class=\"n\">2.00</td><td>b</td>"), html);
    }

    @Test
    void missingValuesAreEmptyCells() {
        var c = DoubleColumn.create("x", 2);
        c.set(0, 1.5);
        String text = TableView.of(Table.create("", c)).text();
        assertEquals("  x\n---\n1.5", text);
    }

    @Test
    void onlyLosslessLongRenderingsCountAsNoise() {
        assertTrue(TableView.noisy("0.30000000000000004", 0.1 + 0.2));
        assertFalse(TableView.noisy("0.3", 0.3));
        assertFalse(TableView.noisy("1,234,567.89", 1234567.891), "a chosen format loses digits");
    }
}
