package brokerlab.display;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A table of already formatted cells, drawn as HTML (a scrolling box: a wide or long table never wraps a cell or
 * pushes the page sideways) and as aligned plain text (the fallback a front end without HTML shows). Tablesaw
 * tables ({@link TableView}) and {@link Rows} both end here, so they look alike.
 */
final class Grid {
    /** Tables longer than this show their first rows and their last {@value #TAIL} rows around a marker row. */
    static final int MAX_ROWS = 400;
    static final int TAIL = 20;

    /**
     * Scoped to {@code div.bl-table} with enough specificity to beat JupyterLab's own table rules, which centre
     * tables, right-align every cell and let cells wrap ({@code white-space: normal}).
     */
    private static final String STYLE = "<style>"
            + "div.bl-table{overflow:auto;max-height:30em;max-width:100%;margin:0.2em 0}"
            + "div.bl-table table{border-collapse:collapse;margin:0;font-variant-numeric:tabular-nums;table-layout:auto}"
            + "div.bl-table th,div.bl-table td{white-space:nowrap;padding:0.25em 0.7em;text-align:left}"
            + "div.bl-table th.n,div.bl-table td.n{text-align:right}"
            + "div.bl-table thead th{position:sticky;top:0;background:var(--jp-layout-color1,#fff);"
            + "border-bottom:1px solid var(--jp-border-color1,#bbb)}"
            + "div.bl-table caption{caption-side:top;text-align:left;font-weight:600;padding:0.2em 0}"
            + "div.bl-table td.gap{text-align:center;color:var(--jp-ui-font-color2,#777)}"
            // On paper (the report's PDF) a scrolling box would cut the table: print it whole.
            + "@media print{div.bl-table{max-height:none;overflow:visible}}"
            + "</style>";

    record Cell(String text, String html, boolean numeric) {
        static Cell of(Object value) {
            return new Cell(Values.text(value), Values.html(value), Values.numeric(value));
        }
    }

    private final String caption;
    private final List<String> headers;
    private final List<List<Cell>> head;
    private final List<List<Cell>> tail;
    private final int omitted;
    private final boolean[] rightAligned;

    private Grid(String caption, List<String> headers, List<List<Cell>> head, List<List<Cell>> tail, int omitted) {
        this.caption = caption == null ? "" : caption;
        this.headers = List.copyOf(headers);
        this.head = head;
        this.tail = tail;
        this.omitted = omitted;
        this.rightAligned = new boolean[headers.size()];
        for (int c = 0; c < rightAligned.length; c++) rightAligned[c] = numericColumn(c);
    }

    /** Reads only the rows it shows, so a million-row table costs {@value #MAX_ROWS} rows of formatting. */
    static Grid of(String caption, List<String> headers, int rowCount, IntFunction<List<Cell>> row) {
        List<List<Cell>> head = new ArrayList<>(), tail = new ArrayList<>();
        if (rowCount <= MAX_ROWS) {
            for (int r = 0; r < rowCount; r++) head.add(row.apply(r));
            return new Grid(caption, headers, head, tail, 0);
        }
        for (int r = 0; r < MAX_ROWS - TAIL; r++) head.add(row.apply(r));
        for (int r = rowCount - TAIL; r < rowCount; r++) tail.add(row.apply(r));
        return new Grid(caption, headers, head, tail, rowCount - MAX_ROWS);
    }

    /** A column is right-aligned when every non-empty cell in it is a number. */
    private boolean numericColumn(int c) {
        boolean any = false;
        for (List<List<Cell>> part : List.of(head, tail)) {
            for (List<Cell> r : part) {
                Cell cell = r.get(c);
                if (cell.text().isEmpty()) continue;
                if (!cell.numeric()) return false;
                any = true;
            }
        }
        return any;
    }

    String html() {
        StringBuilder out = new StringBuilder(STYLE).append("<div class=\"bl-table\"><table>");
        if (!caption.isEmpty()) out.append("<caption>").append(Html.escape(caption)).append("</caption>");
        out.append("<thead><tr>");
        for (int c = 0; c < headers.size(); c++) {
            out.append(rightAligned[c] ? "<th class=\"n\">" : "<th>").append(Html.escape(headers.get(c))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        head.forEach(r -> htmlRow(out, r));
        if (omitted > 0) {
            out.append("<tr><td class=\"gap\" colspan=\"").append(headers.size()).append("\">⋯ ")
                    .append(omitted).append(" more rows ⋯</td></tr>");
        }
        tail.forEach(r -> htmlRow(out, r));
        return out.append("</tbody></table></div>").toString();
    }

    private void htmlRow(StringBuilder out, List<Cell> row) {
        out.append("<tr>");
        for (int c = 0; c < row.size(); c++) {
            out.append(rightAligned[c] ? "<td class=\"n\">" : "<td>").append(row.get(c).html()).append("</td>");
        }
        out.append("</tr>");
    }

    String text() {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) width[c] = headers.get(c).length();
        for (List<List<Cell>> part : List.of(head, tail)) {
            for (List<Cell> r : part) for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], r.get(c).text().length());
        }
        StringBuilder out = new StringBuilder();
        if (!caption.isEmpty()) out.append(caption).append('\n');
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width.length; c++) names.add(pad(headers.get(c), width[c], rightAligned[c]));
        out.append(String.join("  ", names).stripTrailing()).append('\n');
        List<String> rules = new ArrayList<>();
        for (int w : width) rules.add("-".repeat(w));
        out.append(String.join("  ", rules)).append('\n');
        head.forEach(r -> textRow(out, r, width));
        if (omitted > 0) out.append("... ").append(omitted).append(" more rows ...\n");
        tail.forEach(r -> textRow(out, r, width));
        return out.toString().stripTrailing();
    }

    private void textRow(StringBuilder out, List<Cell> row, int[] width) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width.length; c++) cells.add(pad(row.get(c).text(), width[c], rightAligned[c]));
        out.append(String.join("  ", cells).stripTrailing()).append('\n');
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
