package brokerlab.plot;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/**
 * The one look of every BrokerLab figure: white background, SansSerif fonts large enough to read in a notebook
 * and a PDF, the Okabe–Ito colour-blind-safe palette (Okabe and Ito, "Color Universal Design", 2008; also
 * Wong, "Points of view: Color blindness", Nature Methods 8, 2011), a distinct marker shape per series so
 * figures survive grey-scale printing, and the legend always outside below the plot, so it never hides data.
 */
final class HouseStyle {
    /** Height in pixels of one stacked legend entry. */
    static final int LEGEND_ROW = 20;

    private HouseStyle() {}

    /**
     * Okabe–Ito, reordered for a white background: the strong colours first, yellow last (it is faint on white),
     * black after the colours.
     */
    static final Color[] PALETTE = {
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermillion
            new Color(0x009E73), // bluish green
            new Color(0xE69F00), // orange
            new Color(0xCC79A7), // reddish purple
            new Color(0x56B4E9), // sky blue
            new Color(0x000000), // black
            new Color(0xF0E442), // yellow
    };

    static final Marker[] MARKERS = {
            SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP,
            SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS, SeriesMarkers.OVAL,
    };

    /** Logical font: always present, mapped by the JDK to an installed sans face (DejaVu on Linux). */
    static final String FONT = Font.SANS_SERIF;
    static final BasicStroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {9f, 6f}, 0f);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color TEXT = new Color(0x222222);

    static {
        ensureHeadless();
    }

    /**
     * Figures are drawn into off-screen images only; with no display (a server, CI, Binder) AWT must run headless
     * or the first font lookup fails. Respect an explicit setting, otherwise go headless when there is no X display.
     * Effective only before AWT is first used in this JVM, which is why every figure class loads this one first.
     */
    static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null && System.getenv("DISPLAY") == null
                && !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac")) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static Color colour(int slot) {
        return PALETTE[slot % PALETTE.length];
    }

    static Marker marker(int slot) {
        return MARKERS[slot % MARKERS.length];
    }

    /** A translucent version of a palette colour, for confidence bands drawn under lines and points. */
    static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 60);
    }

    static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(0x888888));
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartFontColor(TEXT);
        s.setAxisTickLabelsColor(TEXT);
        s.setBaseFont(new Font(FONT, Font.PLAIN, 13));
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 17));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12));
        s.setLegendFont(new Font(FONT, Font.PLAIN, 13));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setSeriesColors(PALETTE);
        s.setMarkerSize(9);
        s.setChartPadding(12);
        s.setAntiAlias(true);
        s.setErrorBarsColorSeriesColor(true);
    }
}
