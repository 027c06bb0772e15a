package brokerlab.plot;

import brokerlab.util.Check;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A map of one value over two categorical axes, each cell coloured on a diverging scale (blue below zero, white at
 * zero, red above) and labelled with its value: relative errors of a formula over a parameter grid, for instance.
 * <pre>{@code
 * Figure.heatmap("Kimura vs simulation, mean wait", "service SCV", "utilization ρ")
 *       .cells(List.of("0.5", "1", "2"), List.of("0.5", "0.9"), new double[][]{{-3, 0, 4}, {-1, 0, 12}})
 *       .range(-20, 20)
 *       .image();
 * }</pre>
 * Cells holding NaN (no value) stay empty; values beyond the range take its end colour but show their own label.
 */
public final class HeatmapFigure extends Figure {
    /** Blue, white, red: the sign of an error reads at a glance; colour-blind safe (no red-green pair). */
    private static final Color[] DIVERGING = {new Color(0x2166AC), new Color(0x92C5DE), Color.WHITE, new Color(0xF4A582), new Color(0xB2182B)};

    private final String title, xLabel, yLabel;
    private List<String> columns, rows;
    private double[][] values;
    private double min = -1, max = 1;
    private String pattern = "0";
    private int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;

    HeatmapFigure(String title, String xLabel, String yLabel) {
        this.title = Check.notNull("title", title);
        this.xLabel = Check.notNull("xLabel", xLabel);
        this.yLabel = Check.notNull("yLabel", yLabel);
    }

    /** The cells: {@code values[row][column]}, rows bottom to top, one label per column and per row. */
    public HeatmapFigure cells(List<String> columnLabels, List<String> rowLabels, double[][] cellValues) {
        Check.notNull("columnLabels", columnLabels);
        Check.notNull("rowLabels", rowLabels);
        Check.notNull("values", cellValues);
        if (cellValues.length != rowLabels.size()) {
            throw Check.fail("values", cellValues.length + " rows", "there must be one per row label (" + rowLabels.size() + ")", null);
        }
        double[][] copy = new double[cellValues.length][];
        for (int r = 0; r < copy.length; r++) {
            if (cellValues[r].length != columnLabels.size()) {
                throw Check.fail("values[" + r + "]", cellValues[r].length + " cells", "there must be one per column label ("
                        + columnLabels.size() + ")", null);
            }
            copy[r] = cellValues[r].clone();
        }
        columns = List.copyOf(columnLabels);
        rows = List.copyOf(rowLabels);
        values = copy;
        return this;
    }

    /** The colour scale: {@code min} dark blue, the middle white, {@code max} dark red. Default -1 to 1. */
    public HeatmapFigure range(double lo, double hi) {
        Check.finite("min", lo);
        Check.finite("max", hi);
        if (!(lo < hi)) throw Check.fail("max", hi, "it must be > min = " + lo, "swap the bounds");
        min = lo;
        max = hi;
        return this;
    }

    /** How each cell's label is written, a {@link java.text.DecimalFormat} pattern; default {@code "0"} (whole numbers). */
    public HeatmapFigure labels(String decimalPattern) {
        Check.notNull("decimalPattern", decimalPattern);
        try {
            new java.text.DecimalFormat(decimalPattern);
        } catch (IllegalArgumentException e) {
            throw Check.fail("decimalPattern", "\"" + decimalPattern + "\"", "it is not a DecimalFormat pattern", "e.g. \"0.0\"");
        }
        pattern = decimalPattern;
        return this;
    }

    /** Image size in pixels (default 720 x 440). */
    public HeatmapFigure size(int w, int h) {
        width = Check.atLeast("width", w, 100);
        height = Check.atLeast("height", h, 100);
        return this;
    }

    @Override
    public BufferedImage image() {
        if (values == null) throw Check.fail("figure \"" + title + "\"", "empty", "it has no cells", "add them with cells(...)");
        HeatMapChart chart = new HeatMapChart(width, height, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        HouseStyle.apply(chart.getStyler());
        chart.getStyler().setRangeColors(DIVERGING).setMin(min).setMax(max).setShowValue(true)
                .setValueFont(new Font(HouseStyle.FONT, Font.PLAIN, 10)).setValueFontColor(Color.BLACK)
                .setHeatMapValueDecimalPattern(pattern);
        chart.getStyler().setPlotGridLinesVisible(false);
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                if (!Double.isNaN(values[r][c])) cells.add(new Number[]{c, r, values[r][c]});
            }
        }
        chart.addSeries(title, columns, rows, cells);
        return BitmapEncoder.getBufferedImage(chart);
    }
}
