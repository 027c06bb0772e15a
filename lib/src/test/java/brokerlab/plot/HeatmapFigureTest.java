package brokerlab.plot;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapFigureTest {
    static final List<String> SCV = List.of("0.5", "1", "2"), RHO = List.of("0.5", "0.9");

    @Test
    void drawsTheEndsOfTheScaleInTheirColoursAndSkipsMissingCells() {
        BufferedImage img = Figure.heatmap("relative error (%)", "service SCV", "ρ")
                .cells(SCV, RHO, new double[][]{{-20, 0, Double.NaN}, {5, 20, 80}})   // 80 is beyond the range
                .range(-20, 20).size(500, 300).image();
        assertEquals(500, img.getWidth());
        assertEquals(300, img.getHeight());
        assertTrue(FigureTest.hasColour(img, 0x2166AC), "the minimum is dark blue");
        assertTrue(FigureTest.hasColour(img, 0xB2182B), "the maximum is dark red");
    }

    @Test
    void aRowOfTheWrongLengthIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Figure.heatmap("t", "x", "y").cells(SCV, RHO, new double[][]{{1, 2, 3}, {1, 2}}));
        assertTrue(e.getMessage().startsWith("values[1] = 2 cells is invalid"), e.getMessage());
    }

    @Test
    void aLabelPatternThatIsNotADecimalFormatIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Figure.heatmap("t", "x", "y").labels("0.0.0"));
        assertTrue(e.getMessage().contains("DecimalFormat"), e.getMessage());
    }

    @Test
    void aFigureWithoutCellsSaysSo() {
        var e = assertThrows(IllegalArgumentException.class, () -> Figure.heatmap("t", "x", "y").image());
        assertTrue(e.getMessage().contains("no cells"), e.getMessage());
    }
}
