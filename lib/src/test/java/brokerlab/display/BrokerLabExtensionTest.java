package brokerlab.display;

import brokerlab.analytic.Estimate;
import brokerlab.plot.Figure;
import brokerlab.stats.ConfidenceInterval;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.*;

/** What the kernel sends for each BrokerLab type, through JJava's own {@link Renderer}. */
class BrokerLabExtensionTest {
    static final double[] X = {1, 2, 3};

    static Renderer renderer() {
        Renderer r = new Renderer();
        BrokerLabExtension.register(r);
        return r;
    }

    @AfterEach
    void restorePlotly() {
        Plotly.reset(Plotly::read);
    }

    @Test
    void aTablesawTableBecomesAnHtmlTableWithAPlainTextFallback() {
        DisplayData d = renderer().render(Table.create("waits", DoubleColumn.create("w", new double[] {1.5, 2.5})));
        assertTrue(String.valueOf(d.getData(MIMEType.TEXT_HTML)).contains("<caption>waits</caption>"));
        assertEquals("waits\n  w\n---\n1.5\n2.5", d.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void anIntervalAndAnInfiniteEstimateShowAsAReaderWritesThem() {
        Renderer r = renderer();
        assertEquals("2.00 ± 0.10", r.render(new ConfidenceInterval(2, 0.1, 0.95, 10)).getData(MIMEType.TEXT_PLAIN));
        DisplayData inf = r.render(Estimate.infinite("P-K", "E[S^2] is infinite"));
        assertEquals("∞", inf.getData(MIMEType.TEXT_PLAIN));
        assertTrue(String.valueOf(inf.getData(MIMEType.TEXT_HTML)).contains("∞"));
    }

    @Test
    void aFigureBecomesAPngOfItsSizeAndItsTitleAsText() throws Exception {
        DisplayData d = renderer().render(Figure.xy("waits", "x", "y").line("exact", X, X));
        byte[] png = Base64.getDecoder().decode(String.valueOf(d.getData(MIMEType.IMAGE_PNG)));
        assertEquals(720, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
        assertEquals("[figure] waits", d.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aFiguresImageShowsAsPngWithAStableText() {
        DisplayData d = renderer().render(Figure.xy("waits", "x", "y").line("exact", X, X).size(300, 200).image());
        assertNotNull(d.getData(MIMEType.IMAGE_PNG));
        assertEquals("[image 300 × 200]", d.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void anInteractiveFigureEmbedsPlotlyOnceAndKeepsThePngInsideAndBeside() {
        Plotly.reset(() -> "window.Plotly={newPlot:function(){}};");
        Renderer r = renderer();
        var fig = Figure.xy("it's </script> safe", "x", "y").points("sim", X, X, new double[] {0.1, 0.1, 0.1}).interactive();
        String first = String.valueOf(r.render(fig).getData(MIMEType.TEXT_HTML));
        String second = String.valueOf(r.render(fig).getData(MIMEType.TEXT_HTML));
        assertTrue(first.contains("window.Plotly={newPlot") && !second.contains("window.Plotly={newPlot"), "plotly.js once");
        assertTrue(second.contains("<img alt=\"it&#39;s &lt;/script&gt; safe\" src=\"data:image/png;base64,"), second);
        assertFalse(second.replace("</script>", "").contains("</script"), "a title must not end the script early");
        assertTrue(second.contains("\"error_y\":{\"type\":\"data\",\"visible\":true"), second);
        assertNotNull(r.render(fig).getData(MIMEType.IMAGE_PNG), "GitHub shows the PNG");
    }

    @Test
    void aTablesawPlotlyFigureDrawsWithTheEmbeddedPlotlyJs() {
        Plotly.reset(() -> "window.Plotly={newPlot:function(){}};");
        var t = Table.create("t", DoubleColumn.create("x", X), DoubleColumn.create("y", X));
        String html = String.valueOf(renderer().render(tech.tablesaw.plotly.api.ScatterPlot.create("t", t, "x", "y"))
                .getData(MIMEType.TEXT_HTML));
        assertTrue(html.startsWith("<script>/* plotly.js") && html.contains("Plotly.newPlot"), html);
        assertFalse(html.contains("cdn.plot.ly"), "never the CDN");
    }

    @Test
    void withoutPlotlyJsTheMessageSaysHowToGetIt() {
        Plotly.reset(Plotly::read);
        var fig = Figure.xy("t", "x", "y").line("a", X, X).interactive();
        var e = assertThrows(IllegalStateException.class, () -> renderer().render(fig));
        assertTrue(e.getMessage().contains("BROKERLAB_PLOTLY_JS") && e.getMessage().contains("make lab"), e.getMessage());
    }
}
