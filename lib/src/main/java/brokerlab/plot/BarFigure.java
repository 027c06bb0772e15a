package brokerlab.plot;

import brokerlab.util.Check;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grouped bars in the house style: one group per category (e.g. routing policy), one bar per series (e.g.
 * "mean" and "p99"), optionally with error bars. Values must be finite; bars start at zero.
 */
public final class BarFigure extends Figure {
    private record Series(String name, double[] values, double[] halfWidths) {}

    private final String title, yLabel;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
    private Double yMin, yMax;

    BarFigure(String title, List<String> categories, String yLabel) {
        this.title = Check.notNull("title", title);
        this.yLabel = Check.notNull("yLabel", yLabel);
        Check.notNull("categories", categories);
        if (categories.isEmpty()) throw Check.fail("categories", "[]", "a bar figure needs at least one category", null);
        if (new HashSet<>(categories).size() != categories.size()) {
            throw Check.fail("categories", categories, "they must be distinct", "rename the duplicates");
        }
        this.categories = List.copyOf(categories);
    }

    @Override
    public String title() {
        return title;
    }

    /** One bar per category, in the order of the categories. */
    public BarFigure series(String name, double... values) {
        return add(name, values, null);
    }

    /** Bars with symmetric error bars {@code value ± halfWidth}. */
    public BarFigure series(String name, double[] values, double[] halfWidths) {
        double[] hw = checkedCopy(name, "halfWidths", halfWidths, categories.size());
        for (int i = 0; i < hw.length; i++) Check.nonNegative("halfWidths[" + i + "] of \"" + name + "\"", hw[i]);
        return add(name, values, hw);
    }

    public BarFigure yRange(double min, double max) {
        Check.finite("yMin", min);
        Check.finite("yMax", max);
        if (!(min < max)) throw Check.fail("yMax", max, "it must be > yMin = " + min, "swap the bounds");
        yMin = min; yMax = max;
        return this;
    }

    public BarFigure size(int width, int height) {
        this.width = checkSize("width", width);
        this.height = checkSize("height", height);
        return this;
    }

    private BarFigure add(String name, double[] values, double[] hw) {
        Check.notNull("series name", name);
        if (!names.add(name)) {
            throw Check.fail("series name", "\"" + name + "\"", "it is already used in this figure", "give each series its own name");
        }
        series.add(new Series(name, checkedCopy(name, "values", values, categories.size()), hw));
        return this;
    }

    @Override
    public BufferedImage image() {
        if (series.isEmpty()) {
            throw Check.fail("figure \"" + title + "\"", "empty", "it has no series", "add one with series(name, values)");
        }
        CategoryChart chart = new CategoryChart(width, height, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle("");
        chart.setYAxisTitle(yLabel);
        HouseStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisMin(yMin).setYAxisMax(yMax);
        chart.getStyler().setAvailableSpaceFill(0.7);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        for (int slot = 0; slot < series.size(); slot++) {
            Series s = series.get(slot);
            List<Double> ys = Arrays.stream(s.values).boxed().toList();
            CategorySeries cs = s.halfWidths == null ? chart.addSeries(s.name, categories, ys)
                    : chart.addSeries(s.name, categories, ys, Arrays.stream(s.halfWidths).boxed().toList());
            cs.setFillColor(HouseStyle.colour(slot));
            cs.setLineColor(HouseStyle.colour(slot));
        }
        return BitmapEncoder.getBufferedImage(chart);
    }
}
