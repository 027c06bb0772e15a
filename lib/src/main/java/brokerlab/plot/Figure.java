package brokerlab.plot;

import brokerlab.util.Check;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A figure in the BrokerLab house style (see {@code HouseStyle}: white, SansSerif, Okabe–Ito colours, legend
 * below), drawn with XChart into a {@link BufferedImage}, which JJava shows as a PNG and which survives nbconvert,
 * PDF export and GitHub's notebook viewer. Headless-safe: no window is ever opened.
 * <pre>{@code
 * Figure.xy("M/M/4 mean wait", "utilisation ρ", "mean wait (s)")
 *       .line("Erlang C", rho, exact)
 *       .dashed("Kingman", rho, approx)
 *       .points("simulation", rho, simMean, simHalfWidth)
 *       .logY()
 *       .image();
 * }</pre>
 */
public abstract sealed class Figure permits XyFigure, BarFigure, TimelineFigure, HeatmapFigure {
    public static final int DEFAULT_WIDTH = 720;
    public static final int DEFAULT_HEIGHT = 440;

    static {
        HouseStyle.ensureHeadless();
    }

    Figure() {}

    /** A figure with numeric x and y axes: theory lines, approximations, simulated points with CIs. */
    public static XyFigure xy(String title, String xLabel, String yLabel) {
        return new XyFigure(title, xLabel, yLabel);
    }

    /** Grouped bars, one group per category, one bar per series: comparisons of policies or configurations. */
    public static BarFigure bars(String title, List<String> categories, String yLabel) {
        return new BarFigure(title, categories, yLabel);
    }

    /**
     * A grid of cells coloured by value, e.g. an approximation's relative error over (load, SCV); each cell also
     * prints its value, so the PNG reads without a colour scale.
     */
    public static HeatmapFigure heatmap(String title, String xLabel, String yLabel, String valueLabel) {
        return new HeatmapFigure(title, xLabel, yLabel, valueLabel);
    }

    /** A map over two categorical axes whose values need no unit label (relative errors in percent, say). */
    public static HeatmapFigure heatmap(String title, String xLabel, String yLabel) {
        return new HeatmapFigure(title, xLabel, yLabel, "value");
    }

    /** A space-time diagram of a recorded run: one line per process, arrows for messages. */
    public static TimelineFigure timeline(String title, brokerlab.timeline.Timeline timeline) {
        return new TimelineFigure(title, timeline);
    }

    /** The figure's title, as drawn above it. */
    public abstract String title();

    /** Renders the figure (again, if called twice) as an image of the configured size. */
    public abstract BufferedImage image();

    /** Renders the figure and writes it as a PNG file (parent folders are created); returns the path. */
    public Path save(Path png) {
        Check.notNull("png", png);
        if (!png.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw Check.fail("png", png, "the file name must end in .png", "figures are saved as PNG");
        }
        BufferedImage image = image();
        try {
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png + ": " + e.getMessage(), e);
        }
        return png;
    }

    static int checkSize(String name, int pixels) {
        if (pixels < 100 || pixels > 10_000) {
            throw Check.fail(name, pixels, "it must be between 100 and 10000 pixels", "the default is "
                    + DEFAULT_WIDTH + " x " + DEFAULT_HEIGHT);
        }
        return pixels;
    }

    static double[] checkedCopy(String series, String what, double[] values, int length) {
        Check.notNull(what + " of \"" + series + "\"", values);
        if (length >= 0 && values.length != length) {
            throw Check.fail(what + " of \"" + series + "\"", values.length + " values",
                    "it must have as many values as x (" + length + ")", "pass arrays of equal length");
        }
        if (values.length == 0) {
            throw Check.fail(what + " of \"" + series + "\"", "[]", "a series needs at least one point", null);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw Check.fail(what + "[" + i + "] of \"" + series + "\"", values[i], "it must be finite",
                        "drop the point or replace it before plotting");
            }
        }
        return values.clone();
    }
}
