package brokerlab.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class InteractiveFigureTest {

    @Test
    void anXyFigureKeepsItsSeriesStylesAndAxesInPlotly() throws Exception {
        var fig = FigureTest.example().logY().interactive();
        JsonNode spec = new ObjectMapper().readTree(fig.plotlyJson());
        JsonNode data = spec.get("data");
        // band = two traces (hidden lower edge, filled upper edge), then line, dashed, points
        assertEquals(5, data.size());
        assertEquals("tonexty", data.get(1).get("fill").asText());
        assertEquals("solid", data.get(2).get("line").get("dash").asText());
        assertEquals("dash", data.get(3).get("line").get("dash").asText());
        assertEquals("markers", data.get(4).get("mode").asText());
        assertEquals(0.9, data.get(4).get("error_y").get("array").get(4).asDouble(), 1e-12);
        assertEquals("#d55e00", data.get(2).get("line").get("color").asText(), "second series, second palette colour");
        assertEquals("log", spec.get("layout").get("yaxis").get("type").asText());
        assertEquals("M/M/1 mean wait", spec.get("layout").get("title").get("text").asText());
        assertEquals(440 + 3 * HouseStyle.LEGEND_ROW, fig.height(), "same size as the PNG");
        assertEquals(fig.width(), fig.image().getWidth());
    }

    @Test
    void aLogAxisRangeIsGivenInDecades() throws Exception {
        var fig = Figure.xy("t", "x", "y").line("a", new double[] {1, 10}, new double[] {1, 100}).logX().xRange(1, 100).interactive();
        JsonNode range = new ObjectMapper().readTree(fig.plotlyJson()).get("layout").get("xaxis").get("range");
        assertEquals("[0.0,2.0]", range.toString());
    }
}
