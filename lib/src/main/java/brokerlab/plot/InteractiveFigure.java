package brokerlab.plot;

import java.awt.image.BufferedImage;

/**
 * A figure a reader can hover over and zoom: a Plotly specification ({@code {"data": [...], "layout": {...}}})
 * together with the static figure it was made from. The notebook kernel shows it as interactive HTML (plotly.js
 * comes from the installed {@code plotly} package, embedded once per notebook, never from a CDN) with the PNG
 * inside as the fallback, so GitHub, untrusted notebooks and pages without JavaScript still show the figure.
 * <pre>{@code
 * Figure.xy("M/M/4 mean wait", "utilisation ρ", "Wq (ms)").line("Erlang C", rho, wq).interactive()
 * }</pre>
 * Static PNG stays the default: a cell shows an interactive figure only when it asks for one.
 */
public final class InteractiveFigure {
    private final String title;
    private final String plotlyJson;
    private final Figure staticFigure;
    private final int width, height;

    InteractiveFigure(String title, String plotlyJson, Figure staticFigure, int width, int height) {
        this.title = title;
        this.plotlyJson = plotlyJson;
        this.staticFigure = staticFigure;
        this.width = width;
        this.height = height;
    }

    public String title() {
        return title;
    }

    /** The Plotly figure as JSON: {@code {"data": [traces], "layout": {...}}}, for {@code Plotly.newPlot}. */
    public String plotlyJson() {
        return plotlyJson;
    }

    /** The static version of the same figure (what the report shows without JavaScript, and GitHub). */
    public BufferedImage image() {
        return staticFigure.image();
    }

    /** Width in pixels, as for the static figure. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public String toString() {
        return "interactive figure: " + title;
    }
}
