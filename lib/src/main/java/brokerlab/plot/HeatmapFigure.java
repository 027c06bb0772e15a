package brokerlab.plot;

import brokerlab.util.Check;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A map of values over two parameters, e.g. the relative error of an approximation over (service SCV, load):
 * one coloured cell per grid point with its value printed in it, so the PNG reads without the colour bar; a cell
 * with no value (NaN) stays blank. With {@link #centredAt} the colours diverge from white at the centre (blue
 * below, vermillion above, the palette's colour-blind-safe pair), the natural scale for a signed error.
 * <pre>{@code
 * Figure.heatmap("M/M/c error of the mean wait", "service SCV", "utilisation ρ", "relative error")
 *       .cells(gaps, "scv", "rho", "rel_error").centredAt(0).percent()
 *       .interactive();
 * Figure.heatmap("Kimura vs simulation, mean wait error %", "c · service SCV", "utilization ρ")
 *       .cells(List.of("1 · 0.5", "1 · 4"), List.of("0.5", "0.9"), new double[][]{{-3, 4}, {-1, 12}})
 *       .range(-20, 20).labels("0");                       // categorical axes, fixed colour range, whole numbers
 * }</pre>
 */
public final class HeatmapFigure extends Figure {
    private static final Color LOW = HouseStyle.PALETTE[0], HIGH = HouseStyle.PALETTE[1];

    private final String title, xLabel, yLabel, valueLabel;
    private List<String> xLabels, yLabels;
    private double[][] values;
    private Double centre;
    private boolean percent;
    private double[] fixedRange;
    private String pattern;
    private int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;

    HeatmapFigure(String title, String xLabel, String yLabel, String valueLabel) {
        this.title = Check.notNull("title", title);
        this.xLabel = Check.notNull("xLabel", xLabel);
        this.yLabel = Check.notNull("yLabel", yLabel);
        this.valueLabel = Check.notNull("valueLabel", valueLabel);
    }

    /** The grid: {@code values[j][i]} is the value at ({@code xs[i]}, {@code ys[j]}); NaN leaves a cell blank. */
    public HeatmapFigure cells(double[] xs, double[] ys, double[][] values) {
        double[] x = checkedCopy("heatmap", "xs", xs, -1);
        double[] y = checkedCopy("heatmap", "ys", ys, -1);
        Check.notNull("values", values);
        if (values.length != y.length) {
            throw Check.fail("values", values.length + " rows", "it needs one row per y value (" + y.length + ")",
                    "index values as values[y][x]");
        }
        double[][] v = new double[y.length][];
        for (int j = 0; j < y.length; j++) {
            Check.notNull("values[" + j + "]", values[j]);
            if (values[j].length != x.length) {
                throw Check.fail("values[" + j + "]", values[j].length + " values",
                        "each row needs one value per x value (" + x.length + ")", "index values as values[y][x]");
            }
            v[j] = values[j].clone();
        }
        List<String> xl = new ArrayList<>(), yl = new ArrayList<>();
        for (double xi : x) xl.add(tick(xi));
        for (double yj : y) yl.add(tick(yj));
        return cells(xl, yl, v);
    }

    /** A grid over categorical axes: {@code values[row][column]}, rows bottom to top, one label per column and row. */
    public HeatmapFigure cells(List<String> columnLabels, List<String> rowLabels, double[][] cellValues) {
        Check.notNull("columnLabels", columnLabels);
        Check.notNull("rowLabels", rowLabels);
        Check.notNull("values", cellValues);
        if (cellValues.length != rowLabels.size()) {
            throw Check.fail("values", cellValues.length + " rows", "there must be one per row label (" + rowLabels.size() + ")",
                    "index values as values[row][column]");
        }
        double[][] copy = new double[cellValues.length][];
        for (int r = 0; r < copy.length; r++) {
            Check.notNull("values[" + r + "]", cellValues[r]);
            if (cellValues[r].length != columnLabels.size()) {
                throw Check.fail("values[" + r + "]", cellValues[r].length + " cells", "there must be one per column label ("
                        + columnLabels.size() + ")", "index values as values[row][column]");
            }
            copy[r] = cellValues[r].clone();
        }
        this.xLabels = List.copyOf(columnLabels);
        this.yLabels = List.copyOf(rowLabels);
        this.values = copy;
        return this;
    }

    /** A fixed colour range instead of the data's (values beyond it take its end colour but keep their label). */
    public HeatmapFigure range(double lo, double hi) {
        Check.finite("min", lo);
        Check.finite("max", hi);
        if (!(lo < hi)) throw Check.fail("max", hi, "it must be > min = " + lo, "swap the bounds");
        this.fixedRange = new double[] {lo, hi};
        return this;
    }

    /** How each cell's value is printed, a {@link java.text.DecimalFormat} pattern (default "0.###", or "0%"). */
    public HeatmapFigure labels(String decimalPattern) {
        Check.notNull("decimalPattern", decimalPattern);
        try {
            new java.text.DecimalFormat(decimalPattern);
        } catch (IllegalArgumentException e) {
            throw Check.fail("decimalPattern", "\"" + decimalPattern + "\"", "it is not a DecimalFormat pattern", "e.g. \"0.0\"");
        }
        this.pattern = decimalPattern;
        return this;
    }

    /**
     * The grid from a table in long form, one row per cell: the distinct values of {@code xColumn} and
     * {@code yColumn}, in increasing order, span the grid. Each (x, y) pair may occur once.
     */
    public HeatmapFigure cells(Table table, String xColumn, String yColumn, String valueColumn) {
        Check.notNull("table", table);
        NumberColumn<?, ?> x = numbers(table, xColumn), y = numbers(table, yColumn), v = numbers(table, valueColumn);
        double[] gx = distinct(x), gy = distinct(y);
        double[][] grid = new double[gy.length][gx.length];
        for (double[] row : grid) java.util.Arrays.fill(row, Double.NaN);
        for (int r = 0; r < table.rowCount(); r++) {
            int i = java.util.Arrays.binarySearch(gx, x.getDouble(r)), j = java.util.Arrays.binarySearch(gy, y.getDouble(r));
            if (!Double.isNaN(grid[j][i])) {
                throw Check.fail("table", "\"" + table.name() + "\"", "(" + xColumn + " = " + gx[i] + ", " + yColumn + " = "
                        + gy[j] + ") occurs more than once", "filter it to one row per cell, e.g. one method and one family");
            }
            grid[j][i] = v.getDouble(r);
        }
        return cells(gx, gy, grid);
    }

    /** Diverging colours around {@code centre}: white there, blue below, vermillion above (e.g. 0 for an error). */
    public HeatmapFigure centredAt(double centre) {
        this.centre = Check.finite("centre", centre);
        return this;
    }

    /** The values are fractions: print and hover them as percentages (0.123 shows as 12%). */
    public HeatmapFigure percent() {
        this.percent = true;
        return this;
    }

    /** Image size in pixels (default 720 x 440). */
    public HeatmapFigure size(int width, int height) {
        this.width = checkSize("width", width);
        this.height = checkSize("height", height);
        return this;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public BufferedImage image() {
        checkCells();
        HeatMapChart chart = new HeatMapChart(width, height, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        HeatMapStyler s = chart.getStyler();
        HouseStyle.apply(s);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setPlotGridLinesVisible(false);
        s.setShowValue(true);
        s.setValueFontColor(new Color(0x222222));
        s.setHeatMapValueDecimalPattern(pattern != null ? pattern : percent ? "0%" : "0.###");
        s.setDrawBorder(true);
        double[] range = range();
        s.setMin(range[0]).setMax(range[1]);
        s.setRangeColors(centre == null ? new Color[] {Color.WHITE, LOW} : new Color[] {LOW, Color.WHITE, HIGH});
        List<Number[]> cells = new ArrayList<>();
        for (int j = 0; j < yLabels.size(); j++) {
            for (int i = 0; i < xLabels.size(); i++) {
                if (Double.isFinite(values[j][i])) cells.add(new Number[] {i, j, values[j][i]});
            }
        }
        chart.addSeries(valueLabel, xLabels, yLabels, cells);
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** The same map with each cell's coordinates and value on hover. */
    public InteractiveFigure interactive() {
        checkCells();
        ObjectNode spec = PlotlySpec.JSON.createObjectNode();
        ObjectNode t = spec.putArray("data").addObject().put("type", "heatmap");
        ArrayNode x = t.putArray("x"), y = t.putArray("y"), z = t.putArray("z"), text = t.putArray("text");
        xLabels.forEach(x::add);
        yLabels.forEach(y::add);
        for (double[] row : values) {
            z.add(PlotlySpec.numbers(row));
            ArrayNode labels = text.addArray();
            for (double v : row) labels.add(Double.isFinite(v) ? label(v) : "");
        }
        double[] range = range();
        t.put("zmin", range[0]).put("zmax", range[1]).put("texttemplate", "%{text}").put("xgap", 1).put("ygap", 1);
        ArrayNode scale = t.putArray("colorscale");
        if (centre == null) {
            scale.addArray().add(0).add("#ffffff");
            scale.addArray().add(1).add(PlotlySpec.hex(LOW));
        } else {
            scale.addArray().add(0).add(PlotlySpec.hex(LOW));
            scale.addArray().add(0.5).add("#ffffff");
            scale.addArray().add(1).add(PlotlySpec.hex(HIGH));
        }
        t.putObject("colorbar").putObject("title").put("text", PlotlySpec.plain(valueLabel));
        t.put("hovertemplate", PlotlySpec.plain(xLabel) + " = %{x}<br>" + PlotlySpec.plain(yLabel) + " = %{y}<br>"
                + PlotlySpec.plain(valueLabel) + " = %{text}<extra></extra>");
        ObjectNode layout = PlotlySpec.layout(title, width, height);
        layout.set("xaxis", PlotlySpec.axis(xLabel, false, null, null).put("type", "category"));
        layout.set("yaxis", PlotlySpec.axis(yLabel, false, null, null).put("type", "category"));
        spec.set("layout", layout);
        return new InteractiveFigure(title, PlotlySpec.write(spec), this, width, height);
    }

    /** Colour range: the data's, symmetric about the centre when there is one, never empty. */
    private double[] range() {
        if (fixedRange != null) return fixedRange.clone();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            }
        }
        if (centre != null) {
            double reach = Math.max(Math.abs(hi - centre), Math.abs(lo - centre));
            if (!(reach > 0)) reach = 1;
            return new double[] {centre - reach, centre + reach};
        }
        return lo < hi ? new double[] {lo, hi} : new double[] {lo - 1, hi + 1};
    }

    private String label(double v) {
        if (pattern != null) return new java.text.DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        if (percent) return String.format(Locale.ROOT, "%.0f%%", 100 * v);
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** A grid coordinate as a label: 4, 0.95, 0.25 (at most four significant digits, no trailing zeros). */
    private static String tick(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private void checkCells() {
        if (values == null) {
            throw Check.fail("heatmap \"" + title + "\"", "empty", "it has no cells", "add them with cells(xs, ys, values)");
        }
        boolean any = false;
        for (double[] row : values) for (double v : row) any |= Double.isFinite(v);
        if (!any) throw Check.fail("heatmap \"" + title + "\"", "all NaN", "no cell has a finite value", "check the input");
    }

    private static NumberColumn<?, ?> numbers(Table table, String name) {
        Check.notNull("column name", name);
        if (!table.containsColumn(name)) {
            throw Check.fail("column", "\"" + name + "\"", "table \"" + table.name() + "\" has no such column",
                    "use one of " + table.columnNames());
        }
        if (!(table.column(name) instanceof NumberColumn<?, ?> c)) {
            throw Check.fail("column", "\"" + name + "\"", "it must be numeric", "pick a number column");
        }
        return c;
    }

    private static double[] distinct(NumberColumn<?, ?> column) {
        TreeSet<Double> set = new TreeSet<>();
        for (int r = 0; r < column.size(); r++) {
            double v = column.getDouble(r);
            if (!Double.isFinite(v)) {
                throw Check.fail("column \"" + column.name() + "\"", v, "grid coordinates must be finite", "drop that row");
            }
            set.add(v);
        }
        return set.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
