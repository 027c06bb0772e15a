package brokerlab.display;

import brokerlab.plot.InteractiveFigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * HTML for interactive figures, offline: plotly.js is read from the installed {@code plotly} Python package (its
 * {@code plotly.min.js}, whose path {@code tools/install_kernel.py} records in the kernel's environment as
 * {@value #ENV}) and embedded in the first interactive figure a kernel shows, so each notebook carries it once
 * and nothing is fetched from a CDN. Every figure keeps its PNG inside the plot's box: where scripts do not run
 * (GitHub, an untrusted notebook) the reader still sees the figure.
 */
final class Plotly {
    static final String ENV = "BROKERLAB_PLOTLY_JS";

    /** One kernel shows one notebook: once plotly.js is in that notebook's outputs, later figures reuse it. */
    private static boolean embedded;
    private static Supplier<String> library = Plotly::read;

    private Plotly() {}

    static synchronized String html(InteractiveFigure figure, String pngBase64) {
        String id = "bl-plot-" + UUID.randomUUID();
        String script = "var f=" + scriptSafe(figure.plotlyJson()) + ";el.innerHTML='';"
                + "window.Plotly.newPlot(el,f.data,f.layout,{displaylogo:false});";
        return libraryOnce()
                + "<div id=\"" + id + "\" class=\"bl-plotly\" style=\"max-width:100%;overflow-x:auto\">"
                + "<img alt=\"" + Html.escape(figure.title()) + "\" src=\"data:image/png;base64," + pngBase64 + "\"/></div>"
                + drawScript(id, script);
    }

    /** A tablesaw-jsplot figure, e.g. from {@code ScatterPlot.create(...)}: its own script, our plotly.js. */
    static synchronized String html(tech.tablesaw.plotly.components.Figure figure) {
        String id = "bl-plot-" + UUID.randomUUID();
        return libraryOnce() + "<div id=\"" + id + "\"></div>" + figure.asJavascript(id);
    }

    private static String drawScript(String id, String body) {
        // Without plotly.js (a page that did not run the embedding output) the PNG stays.
        return "<script>(function(){var el=document.getElementById('" + id + "');"
                + "if(!el||!window.Plotly)return;" + body + "})();</script>";
    }

    private static String libraryOnce() {
        if (embedded) return "";
        String js = library.get();
        embedded = true;
        // Hide AMD and CommonJS from plotly.js's module wrapper, so it defines window.Plotly even on a page that
        // loads require.js (nbconvert's templates do).
        return "<script>/* plotly.js, from the installed plotly package; embedded once per notebook */"
                + "(function(){var define,module,exports;\n" + js.replace("</script", "<\\/script") + "\n})();</script>";
    }

    static String read() {
        String path = System.getenv(ENV);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("interactive figures need plotly.js, and " + ENV + " is not set in this "
                    + "kernel: rerun `make lab` (tools/install_kernel.py records where the plotly package keeps "
                    + "plotly.min.js), or set " + ENV + " to a plotly.min.js file; .image() shows the static figure");
        }
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(ENV + " names a file that cannot be read (" + e.getClass().getSimpleName()
                    + "): rerun `make lab` to record the installed plotly.min.js again", e);
        }
    }

    /** JSON inside a script element must not contain {@code </script}; {@code <\/} means the same in a JSON string. */
    static String scriptSafe(String text) {
        return text.replace("</", "<\\/");
    }

    /** For tests: where plotly.js comes from, and the next figure embeds it again. */
    static synchronized void reset(Supplier<String> source) {
        library = source;
        embedded = false;
    }
}
