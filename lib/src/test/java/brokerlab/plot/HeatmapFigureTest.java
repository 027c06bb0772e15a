package brokerlab.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

class HeatmapFigureTest {
    // Relative errors of a formula over (SCV, load): negative below SCV 1, positive above, one cell missing.
    static final double[] SCV = {0, 1, 4}, RHO = {0.5, 0.9};
    static final double[][] ERR = {{-0.5, 0.0, 1.2}, {-0.3, 0.01, Double.NaN}};

    @Test
    void drawsACellPerValueWithDivergingColoursAroundTheCentre() {
        BufferedImage img = Figure.heatmap("error", "SCV", "ρ", "relative error").cells(SCV, RHO, ERR).centredAt(0).image();
        assertEquals(720, img.getWidth());
        // the palette's vermillion marks the largest error (1.2 = the top of the symmetric range [-1.2, 1.2])
        assertTrue(FigureTest.hasColour(img, 0xD55E00), "largest error should be full vermillion");
    }

    @Test
    void interactiveVersionCarriesTheGridWithBlanksAndASymmetricRange() throws Exception {
        var fig = Figure.heatmap("error", "SCV", "ρ", "relative error").cells(SCV, RHO, ERR).centredAt(0).percent().interactive();
        JsonNode trace = new ObjectMapper().readTree(fig.plotlyJson()).get("data").get(0);
        assertEquals("heatmap", trace.get("type").asText());
        assertTrue(trace.get("z").get(1).get(2).isNull(), "NaN becomes a blank cell");
        assertEquals(-1.2, trace.get("zmin").asDouble(), 1e-12);
        assertEquals(1.2, trace.get("zmax").asDouble(), 1e-12);
        assertEquals("120%", trace.get("text").get(0).get(2).asText());
        assertEquals("[\"0\",\"1\",\"4\"]", trace.get("x").toString());
    }

    @Test
    void cellsFromALongTableRejectADuplicatePairWithTheFix() {
        var t = Table.create("gaps", DoubleColumn.create("scv", new double[] {1, 1}), DoubleColumn.create("rho", new double[] {0.5, 0.5}),
                DoubleColumn.create("err", new double[] {0.1, 0.2}));
        var e = assertThrows(IllegalArgumentException.class, () -> Figure.heatmap("e", "x", "y", "z").cells(t, "scv", "rho", "err"));
        assertTrue(e.getMessage().contains("occurs more than once") && e.getMessage().contains("one row per cell"), e.getMessage());
    }

    @Test
    void cellsFromALongTableSpanTheDistinctCoordinates() throws Exception {
        var t = Table.create("gaps", DoubleColumn.create("scv", new double[] {4, 0, 4}), DoubleColumn.create("rho", new double[] {0.5, 0.5, 0.9}),
                DoubleColumn.create("err", new double[] {0.3, -0.1, 0.7}));
        JsonNode z = new ObjectMapper().readTree(Figure.heatmap("e", "x", "y", "z").cells(t, "scv", "rho", "err").interactive().plotlyJson())
                .get("data").get(0).get("z");
        assertEquals("[[-0.1,0.3],[null,0.7]]", z.toString());
    }

    @Test
    void anEmptyHeatmapSaysWhatToAdd() {
        var e = assertThrows(IllegalArgumentException.class, () -> Figure.heatmap("e", "x", "y", "z").image());
        assertTrue(e.getMessage().contains("cells(xs, ys, values)"), e.getMessage());
    }

    private static final java.util.List<String> SCVS = java.util.List.of("0.5", "1", "2"), RHOS = java.util.List.of("0.5", "0.9");

    @Test
    void categoricalCellsWithAFixedRangeDraw() {
        var img = Figure.heatmap("relative error (%)", "service SCV", "ρ")
                .cells(SCVS, RHOS, new double[][]{{-20, 0, Double.NaN}, {5, 20, 80}})   // 80 is beyond the range
                .range(-20, 20).labels("0").size(500, 300).image();
        assertEquals(500, img.getWidth());
        assertEquals(300, img.getHeight());
    }

    @Test
    void aCategoricalRowOfTheWrongLengthIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Figure.heatmap("t", "x", "y").cells(SCVS, RHOS, new double[][]{{1, 2, 3}, {1, 2}}));
        assertTrue(e.getMessage().startsWith("values[1] = 2 cells is invalid"), e.getMessage());
    }

    @Test
    void aLabelPatternThatIsNotADecimalFormatIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Figure.heatmap("t", "x", "y").labels("0.0.0"));
        assertTrue(e.getMessage().contains("DecimalFormat"), e.getMessage());
    }
}
