package brokerlab.plot;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class FigureTest {
    // M/M/1 with mu = 1: mean wait in queue Wq = rho / (1 - rho).
    static final double[] RHO = {0.1, 0.3, 0.5, 0.7, 0.9};
    static final double[] WQ = {0.1 / 0.9, 0.3 / 0.7, 1.0, 0.7 / 0.3, 9.0};

    static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) for (int x = 0; x < img.getWidth(); x += 2) colours.add(img.getRGB(x, y));
        return colours.size();
    }

    static boolean hasColour(BufferedImage img, int rgb) {
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) {
            if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) return true;
        }
        return false;
    }

    static XyFigure example() {
        double[] sim = {0.112, 0.42, 1.03, 2.30, 8.7}, hw = {0.01, 0.03, 0.08, 0.2, 0.9};
        double[] kingman = {0.1, 0.4, 0.95, 2.2, 8.5};
        return Figure.xy("M/M/1 mean wait", "utilisation ρ", "mean wait in queue")
                .band("simulation 95% CI", RHO, new double[] {0.10, 0.39, 0.95, 2.1, 7.8}, new double[] {0.12, 0.45, 1.11, 2.5, 9.6})
                .line("exact", RHO, WQ)
                .dashed("approximation", RHO, kingman)
                .points("simulation", RHO, sim, hw);
    }

    @Test
    void rendersHeadlessAtTheDefaultSizeWithTheHouseColours() {
        assertTrue(GraphicsEnvironment.isHeadless());
        BufferedImage img = example().image();
        assertEquals(720, img.getWidth());
        // four series stack their legend entries: the image grows by one legend row per entry beyond the first
        assertEquals(440 + 3 * HouseStyle.LEGEND_ROW, img.getHeight());
        assertTrue(distinctColours(img) > 20, "looks blank: " + distinctColours(img) + " colours");
        assertEquals(0xFFFFFF, img.getRGB(2, 2) & 0xFFFFFF);      // white background in the corner
        assertTrue(hasColour(img, 0xD55E00), "the second series should be Okabe-Ito vermillion");
    }

    @Test
    void twoSeriesKeepTheDefaultSizeWithTheirLegendOnOneRow() {
        BufferedImage img = Figure.xy("two", "x", "y").line("exact", RHO, WQ).points("sim", RHO, WQ).image();
        assertEquals(440, img.getHeight());
    }

    @Test
    void logAxesRenderPositiveData() {
        BufferedImage img = Figure.xy("log", "x", "y").line("exact", RHO, WQ).logY().logX().size(400, 300).image();
        assertEquals(400, img.getWidth());
        assertEquals(300, img.getHeight());
        assertTrue(distinctColours(img) > 5);
    }

    @Test
    void logYWithAZeroFailsNamingTheSeriesAndPoint() {
        var f = Figure.xy("t", "x", "y").line("theory", new double[] {1, 2}, new double[] {0.0, 1.0}).logY();
        var e = assertThrows(IllegalArgumentException.class, f::image);
        assertTrue(e.getMessage().contains("log y axis") && e.getMessage().contains("\"theory\"")
                && e.getMessage().contains("x = 1.0"), e.getMessage());
    }

    @Test
    void logYWithAnErrorBarBelowZeroFailsClearly() {
        var f = Figure.xy("t", "x", "y").points("sim", new double[] {1}, List.of(new ConfidenceInterval(0.5, 0.8, 0.95, 10))).logY();
        var e = assertThrows(IllegalArgumentException.class, f::image);
        assertTrue(e.getMessage().contains("y - halfWidth"), e.getMessage());
    }

    @Test
    void logXWithANegativeValueFailsClearly() {
        var f = Figure.xy("t", "x", "y").dashed("approx", new double[] {-1, 2}, new double[] {1, 1}).logX();
        var e = assertThrows(IllegalArgumentException.class, f::image);
        assertTrue(e.getMessage().contains("log x axis") && e.getMessage().contains("\"approx\""), e.getMessage());
    }

    @Test
    void mismatchedLengthsAndDuplicateNamesAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Figure.xy("t", "x", "y").line("a", new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("ys of \"a\""), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class,
                () -> Figure.xy("t", "x", "y").line("a", RHO, WQ).dashed("a", RHO, WQ));
        assertTrue(e2.getMessage().contains("series name"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class, () -> Figure.xy("t", "x", "y").image());
        assertTrue(e3.getMessage().contains("no series"), e3.getMessage());
    }

    @Test
    void barsRenderOneGroupPerCategory() {
        BufferedImage img = Figure.bars("policies", List.of("random", "round robin", "JSQ"), "mean response (s)")
                .series("mean", 2.0, 1.4, 1.1)
                .series("p99", new double[] {9.0, 6.1, 4.2}, new double[] {0.4, 0.3, 0.2})
                .image();
        assertEquals(720, img.getWidth());
        assertTrue(hasColour(img, 0x0072B2), "first series in Okabe-Ito blue");
        assertTrue(hasColour(img, 0xD55E00), "second series in vermillion");
    }

    @Test
    void barsRejectAWrongNumberOfValues() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Figure.bars("t", List.of("a", "b"), "y").series("s", 1.0));
        assertTrue(e.getMessage().contains("values of \"s\""), e.getMessage());
    }

    @Test
    void savesAReadablePng(@TempDir Path dir) throws Exception {
        Path png = example().save(dir.resolve("figs/wait.png"));
        assertTrue(Files.size(png) > 1000);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(720, back.getWidth());
        var e = assertThrows(IllegalArgumentException.class, () -> example().save(dir.resolve("wait.jpg")));
        assertTrue(e.getMessage().contains("png"), e.getMessage());
    }
}
