package brokerlab.display;

import brokerlab.analytic.Estimate;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.MedianInterval;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small results table for a notebook cell, built row by row from whatever the cell computed: numbers, text,
 * confidence intervals, estimates. It replaces {@code printf} pseudo-tables, whose columns wrap and misalign; in
 * JupyterLab and the report it shows as an HTML table (intervals as {@code x ± h}, infinities as {@code ∞}), in
 * plain text as aligned columns. End a cell with it, or pass it to {@code display(...)}:
 * <pre>{@code
 * var t = Rows.of("load ρ", "mean wait (ms)", "inside the CI");
 * for (double rho : RHOS) t.add(rho, wait(rho).scaled(1000), wait(rho).contains(exact(rho)));
 * t      // load ρ | mean wait (ms) | inside the CI
 *        // 0.9    | 12.35 ± 0.41   | yes
 * }</pre>
 * Not thread-safe: build it on the cell's thread.
 */
public final class Rows {
    private final String title;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    private Rows(String title, List<String> headers) {
        this.title = title;
        this.headers = headers;
    }

    /** An empty table with these column headers (put the unit in the header: {@code "mean wait (ms)"}). */
    public static Rows of(String... headers) {
        return titled("", headers);
    }

    /** As {@link #of}, with a caption above the table. */
    public static Rows titled(String title, String... headers) {
        Check.notNull("title", title);
        Check.notNull("headers", headers);
        if (headers.length == 0) throw Check.fail("headers", "[]", "a table needs at least one column", "name the columns");
        for (int i = 0; i < headers.length; i++) Check.notNull("headers[" + i + "]", headers[i]);
        return new Rows(title, List.of(headers));
    }

    /** Appends a row; {@code null} shows as an empty cell. Returns this table for chaining. */
    public Rows add(Object... cells) {
        Check.notNull("cells", cells);
        if (cells.length != headers.size()) {
            throw Check.fail("cells", cells.length + " values " + Arrays.toString(cells),
                    "a row needs one value per column (" + headers.size() + ": " + headers + ")",
                    "pass " + headers.size() + " values, null for an empty cell");
        }
        rows.add(Arrays.asList(cells.clone()));
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    public List<String> headers() {
        return headers;
    }

    /** The caption, empty for none. */
    public String title() {
        return title;
    }

    /** The cell at (row, column) as added. */
    public Object get(int row, int column) {
        return rows.get(row).get(column);
    }

    /**
     * The rows as a Tablesaw table for {@code ResultWriter}: a numeric column stays a double column; an interval
     * column becomes two, {@code name} (the estimate or median) and {@code name_ci95} (the half-width), or, when an
     * interval in it is not symmetric (a median's, a bootstrap's), three: {@code name}, {@code name_lower} and
     * {@code name_upper}; anything else becomes text as the reader sees it.
     */
    public Table toTable() {
        Table table = Table.create(title.isEmpty() ? "rows" : title);
        for (int c = 0; c < headers.size(); c++) {
            for (Column<?> column : columnsFor(c)) table.addColumns(column);
        }
        return table;
    }

    private List<Column<?>> columnsFor(int c) {
        String name = headers.get(c);
        if (all(c, ConfidenceInterval.class) && rows.stream().anyMatch(r -> r.get(c) instanceof ConfidenceInterval ci
                && ci.hasInterval() && !ci.isSymmetric())) {
            return List.of(doubles(name, c, v -> ((ConfidenceInterval) v).estimate()),
                    doubles(name + "_lower", c, v -> ((ConfidenceInterval) v).lower()),
                    doubles(name + "_upper", c, v -> ((ConfidenceInterval) v).upper()));
        }
        if (all(c, ConfidenceInterval.class)) {
            return List.of(doubles(name, c, v -> ((ConfidenceInterval) v).estimate()),
                    doubles(name + "_ci95", c, v -> ((ConfidenceInterval) v).halfWidth()));
        }
        if (all(c, MedianInterval.class)) {
            return List.of(doubles(name, c, v -> ((MedianInterval) v).median()),
                    doubles(name + "_lower", c, v -> ((MedianInterval) v).lower()),
                    doubles(name + "_upper", c, v -> ((MedianInterval) v).upper()));
        }
        if (all(c, Number.class)) return List.of(doubles(name, c, v -> ((Number) v).doubleValue()));
        if (all(c, Estimate.class)) return List.of(doubles(name, c, v -> ((Estimate) v).valueOrInfinity()));
        StringColumn text = StringColumn.create(name);
        for (List<Object> row : rows) text.append(Values.text(row.get(c)));
        return List.of(text);
    }

    private boolean all(int c, Class<?> type) {
        for (List<Object> row : rows) {
            Object v = row.get(c);
            if (v != null && !type.isInstance(v)) return false;
        }
        return true;
    }

    private DoubleColumn doubles(String name, int c, java.util.function.ToDoubleFunction<Object> value) {
        DoubleColumn column = DoubleColumn.create(name);
        for (List<Object> row : rows) {
            Object v = row.get(c);
            if (v == null) column.appendMissing();
            else column.append(value.applyAsDouble(v));
        }
        return column;
    }

    Grid grid() {
        return Grid.of(title, headers, rows.size(), r -> {
            List<Grid.Cell> cells = new ArrayList<>(headers.size());
            for (Object v : rows.get(r)) cells.add(Grid.Cell.of(v));
            return cells;
        });
    }

    /** HTML as the notebook shows it. */
    public String toHtml() {
        return grid().html();
    }

    /** Aligned plain text, e.g. for a terminal or a log. */
    @Override
    public String toString() {
        return grid().text();
    }
}
