package brokerlab.display;

import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * A Tablesaw {@link Table} as a {@link Grid}. Cells keep the column's print formatter (a notebook that asked for
 * two decimals gets two decimals); only Tablesaw's default full-precision rendering of a double, which shows
 * {@code 0.30000000000000004}, is shortened to six significant digits by {@link Values#number(double)}.
 */
final class TableView {
    /** More significant digits than this in a lossless rendering means nobody chose the format. */
    private static final int NOISY_DIGITS = 8;

    private TableView() {}

    static Grid of(Table table) {
        List<Column<?>> columns = table.columns();
        List<String> headers = new ArrayList<>();
        for (Column<?> c : columns) headers.add(c.name());
        return Grid.of(table.name(), headers, table.rowCount(), r -> {
            List<Grid.Cell> row = new ArrayList<>(columns.size());
            for (Column<?> c : columns) row.add(cell(c, r));
            return row;
        });
    }

    private static Grid.Cell cell(Column<?> column, int r) {
        if (column.isMissing(r)) return new Grid.Cell("", "", column instanceof NumberColumn);
        String text = column.getString(r);
        if (column instanceof NumberColumn<?, ?> numbers) {
            double value = numbers.getDouble(r);
            if (noisy(text, value)) text = Values.number(value);
            return new Grid.Cell(text, Html.escape(text), true);
        }
        return new Grid.Cell(text, Html.escape(text), false);
    }

    /** Lossless (parses back to the value) and long: Tablesaw's default rendering of a double. */
    static boolean noisy(String text, double value) {
        String plain = text.replace(",", "");
        int digits = 0;
        boolean leading = true;
        for (char ch : plain.toCharArray()) {
            if (ch == 'E' || ch == 'e') break;
            if (!Character.isDigit(ch)) continue;
            if (leading && ch == '0') continue;
            leading = false;
            digits++;
        }
        if (digits <= NOISY_DIGITS) return false;
        try {
            return Double.parseDouble(plain) == value;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
