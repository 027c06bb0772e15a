package brokerlab.plot;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An x–y figure in the house style: {@link #line} for exact theory (solid), {@link #dashed} for approximations,
 * {@link #points} for simulation estimates with confidence-interval error bars, {@link #band} for a shaded
 * interval. Each series takes the next Okabe–Ito colour and marker shape in the order added; series are drawn
 * in that order, so add bands first. Log axes are checked before drawing: a value that cannot be shown is
 * reported by series, point and value instead of failing inside XChart.
 */
public final class XyFigure extends Figure {
    private enum Kind { LINE, DASHED, POINTS, BAND }

    private record Series(Kind kind, String name, double[] xs, double[] ys, double[] halfWidths, double[] lower) {}

    private final String title, xLabel, yLabel;
    private final List<Series> series = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
    private boolean logX, logY;
    private Double xMin, xMax, yMin, yMax;

    XyFigure(String title, String xLabel, String yLabel) {
        this.title = Check.notNull("title", title);
        this.xLabel = Check.notNull("xLabel", xLabel);
        this.yLabel = Check.notNull("yLabel", yLabel);
    }

    /** Exact theory: a solid line through the points, no markers. */
    public XyFigure line(String name, double[] xs, double[] ys) {
        return add(Kind.LINE, name, xs, ys, null, null);
    }

    /** An approximation: a dashed line, no markers. */
    public XyFigure dashed(String name, double[] xs, double[] ys) {
        return add(Kind.DASHED, name, xs, ys, null, null);
    }

    /** Estimates as markers, without error bars. */
    public XyFigure points(String name, double[] xs, double[] ys) {
        return add(Kind.POINTS, name, xs, ys, null, null);
    }

    /** Estimates as markers with symmetric error bars {@code y ± halfWidth} (e.g. 95% CI half-widths). */
    public XyFigure points(String name, double[] xs, double[] ys, double[] halfWidths) {
        Check.notNull("halfWidths", halfWidths);
        double[] hw = checkedCopy(name, "halfWidths", halfWidths, xs == null ? -1 : xs.length);
        for (int i = 0; i < hw.length; i++) Check.nonNegative("halfWidths[" + i + "] of \"" + name + "\"", hw[i]);
        return add(Kind.POINTS, name, xs, ys, hw, null);
    }

    /** Estimates from confidence intervals: the estimate as a marker, the half-width as the error bar. */
    public XyFigure points(String name, double[] xs, List<ConfidenceInterval> intervals) {
        Check.notNull("intervals", intervals);
        double[] ys = new double[intervals.size()], hw = new double[intervals.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = intervals.get(i).estimate();
            hw[i] = intervals.get(i).halfWidth();
        }
        return points(name, xs, ys, hw);
    }

    /** A shaded region between {@code lower} and {@code upper} (translucent, drawn where it is added). */
    public XyFigure band(String name, double[] xs, double[] lower, double[] upper) {
        double[] lo = checkedCopy(name, "lower", lower, xs == null ? -1 : xs.length);
        double[] up = checkedCopy(name, "upper", upper, lo.length);
        for (int i = 0; i < lo.length; i++) {
            if (lo[i] > up[i]) {
                throw Check.fail("lower[" + i + "] of \"" + name + "\"", lo[i], "it must be <= upper[" + i + "] = " + up[i],
                        "pass (lower, upper) in that order");
            }
        }
        return add(Kind.BAND, name, xs, up, null, lo);
    }

    public XyFigure logX() { logX = true; return this; }

    public XyFigure logY() { logY = true; return this; }

    public XyFigure xRange(double min, double max) {
        checkRange("x", min, max);
        xMin = min; xMax = max;
        return this;
    }

    public XyFigure yRange(double min, double max) {
        checkRange("y", min, max);
        yMin = min; yMax = max;
        return this;
    }

    /** Image size in pixels (default 720 x 440). */
    public XyFigure size(int width, int height) {
        this.width = checkSize("width", width);
        this.height = checkSize("height", height);
        return this;
    }

    private static void checkRange(String axis, double min, double max) {
        Check.finite(axis + "Min", min);
        Check.finite(axis + "Max", max);
        if (!(min < max)) throw Check.fail(axis + "Max", max, "it must be > " + axis + "Min = " + min, "swap the bounds");
    }

    private XyFigure add(Kind kind, String name, double[] xs, double[] ys, double[] hw, double[] lower) {
        Check.notNull("series name", name);
        if (!names.add(name)) {
            throw Check.fail("series name", "\"" + name + "\"", "it is already used in this figure", "give each series its own name");
        }
        double[] x = checkedCopy(name, "xs", xs, -1);
        double[] y = checkedCopy(name, kind == Kind.BAND ? "upper" : "ys", ys, x.length);
        series.add(new Series(kind, name, x, y, hw, lower));
        return this;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public BufferedImage image() {
        checkDrawable();
        // More than two legend entries do not fit on one row below the plot: stack them, and grow the image
        // by one legend row each so the plot area keeps its size.
        boolean stacked = series.size() > 2;
        XYChart chart = new XYChart(width, height + legendExtra(), Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        HouseStyle.apply(chart.getStyler());
        if (stacked) chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
        for (int slot = 0; slot < series.size(); slot++) draw(chart, series.get(slot), slot);
        return BitmapEncoder.getBufferedImage(chart);
    }

    private int legendExtra() {
        return series.size() > 2 ? HouseStyle.LEGEND_ROW * (series.size() - 1) : 0;
    }

    private void checkDrawable() {
        if (series.isEmpty()) {
            throw Check.fail("figure \"" + title + "\"", "empty", "it has no series", "add one with line, dashed, points or band");
        }
        checkLogAxes();
    }

    /**
     * The same figure for hovering and zooming (Plotly): lines, dashed approximations, points with their
     * error bars and bands, in the same colours, with each point's values on hover. The PNG stays inside as the
     * fallback.
     */
    public InteractiveFigure interactive() {
        checkDrawable();
        int h = height + legendExtra();
        ObjectNode layout = PlotlySpec.layout(title, width, h);
        layout.set("xaxis", PlotlySpec.axis(xLabel, logX, xMin, xMax));
        layout.set("yaxis", PlotlySpec.axis(yLabel, logY, yMin, yMax));
        layout.put("hovermode", "closest");
        ObjectNode spec = PlotlySpec.JSON.createObjectNode();
        ArrayNode data = spec.putArray("data");
        for (int slot = 0; slot < series.size(); slot++) trace(data, series.get(slot), slot);
        spec.set("layout", layout);
        return new InteractiveFigure(title, PlotlySpec.write(spec), this, width, h);
    }

    private void trace(ArrayNode data, Series s, int slot) {
        Color colour = HouseStyle.colour(slot);
        String hover = PlotlySpec.plain(s.name) + "<br>" + PlotlySpec.plain(xLabel) + " = %{x:.4g}<br>"
                + PlotlySpec.plain(yLabel) + " = %{y:.4g}";
        if (s.kind == Kind.BAND) {
            // Plotly fills between consecutive traces: an invisible lower edge, then the upper edge filled down to it.
            ObjectNode lower = data.addObject().put("type", "scatter").put("mode", "lines").put("showlegend", false)
                    .put("hoverinfo", "skip").put("legendgroup", s.name);
            lower.set("x", PlotlySpec.numbers(s.xs));
            lower.set("y", PlotlySpec.numbers(s.lower));
            lower.putObject("line").put("width", 0).put("color", PlotlySpec.rgba(colour, 0.24));
            ObjectNode upper = data.addObject().put("type", "scatter").put("mode", "lines").put("name", PlotlySpec.plain(s.name))
                    .put("fill", "tonexty").put("fillcolor", PlotlySpec.rgba(colour, 0.24)).put("legendgroup", s.name)
                    .put("hovertemplate", PlotlySpec.plain(s.name) + ": upper %{y:.4g}<extra></extra>");
            upper.set("x", PlotlySpec.numbers(s.xs));
            upper.set("y", PlotlySpec.numbers(s.ys));
            upper.putObject("line").put("width", 0).put("color", PlotlySpec.rgba(colour, 0.24));
            return;
        }
        ObjectNode t = data.addObject().put("type", "scatter").put("name", PlotlySpec.plain(s.name));
        t.set("x", PlotlySpec.numbers(s.xs));
        t.set("y", PlotlySpec.numbers(s.ys));
        if (s.kind == Kind.POINTS) {
            t.put("mode", "markers");
            t.putObject("marker").put("color", PlotlySpec.hex(colour)).put("size", 9).put("symbol", PlotlySpec.symbol(slot));
            if (s.halfWidths != null) {
                ObjectNode err = t.putObject("error_y").put("type", "data").put("visible", true)
                        .put("color", PlotlySpec.hex(colour)).put("thickness", 1.5).put("width", 4);
                err.set("array", PlotlySpec.numbers(s.halfWidths));
                hover += " ± %{error_y.array:.3g}";
            }
        } else {
            t.put("mode", "lines");
            t.putObject("line").put("color", PlotlySpec.hex(colour)).put("width", 2.2)
                    .put("dash", s.kind == Kind.DASHED ? "dash" : "solid");
        }
        t.put("hovertemplate", hover + "<extra></extra>");
    }

    private static void draw(XYChart chart, Series s, int slot) {
        Color colour = HouseStyle.colour(slot);
        XYSeries xy;
        switch (s.kind) {
            case LINE, DASHED -> {
                xy = chart.addSeries(s.name, s.xs, s.ys);
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                xy.setLineStyle(s.kind == Kind.LINE ? HouseStyle.SOLID : HouseStyle.DASHED);
                xy.setMarker(SeriesMarkers.NONE);
            }
            case POINTS -> {
                xy = s.halfWidths == null ? chart.addSeries(s.name, s.xs, s.ys) : chart.addSeries(s.name, s.xs, s.ys, s.halfWidths);
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);   // error bars are drawn for Line
                xy.setLineStyle(SeriesLines.NONE);
                xy.setMarker(HouseStyle.marker(slot));
                xy.setMarkerColor(colour);
            }
            default -> {
                // Polygon: along the upper edge left to right, back along the lower edge.
                int n = s.xs.length;
                double[] px = new double[2 * n], py = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    px[i] = s.xs[i]; py[i] = s.ys[i];
                    px[2 * n - 1 - i] = s.xs[i]; py[2 * n - 1 - i] = s.lower[i];
                }
                xy = chart.addSeries(s.name, px, py);
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                xy.setMarker(SeriesMarkers.NONE);
                xy.setFillColor(HouseStyle.translucent(colour));
                colour = HouseStyle.translucent(colour);
            }
        }
        xy.setLineColor(colour);
    }

    /** A log axis shows only positive values: find the first that is not, and name it. */
    private void checkLogAxes() {
        if (logX && xMin != null && !(xMin > 0)) throw logFailure("x", "the x range", "xMin", xMin, null);
        if (logY && yMin != null && !(yMin > 0)) throw logFailure("y", "the y range", "yMin", yMin, null);
        for (Series s : series) {
            for (int i = 0; i < s.xs.length; i++) {
                if (logX && !(s.xs[i] > 0)) throw logFailure("x", s.name, "x", s.xs[i], null);
                if (!logY) continue;
                if (!(s.ys[i] > 0)) throw logFailure("y", s.name, s.kind == Kind.BAND ? "upper" : "y", s.ys[i], s.xs[i]);
                if (s.lower != null && !(s.lower[i] > 0)) throw logFailure("y", s.name, "lower", s.lower[i], s.xs[i]);
                if (s.halfWidths != null && !(s.ys[i] - s.halfWidths[i] > 0)) {
                    throw logFailure("y", s.name, "y - halfWidth", s.ys[i] - s.halfWidths[i], s.xs[i]);
                }
            }
        }
    }

    private static IllegalArgumentException logFailure(String axis, String where, String what, double value, Double x) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "log %s axis: %s has %s = %s%s, but a log axis shows only positive values; "
                        + "drop or fix that point, or use a linear %s axis (remove .log%s())",
                axis, where.startsWith("the ") ? where : "series \"" + where + "\"", what, value,
                x == null ? "" : " at x = " + x, axis, axis.toUpperCase(Locale.ROOT)));
    }
}
