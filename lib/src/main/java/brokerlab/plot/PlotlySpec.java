package brokerlab.plot;

import brokerlab.util.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.awt.Color;
import java.util.Locale;

/**
 * Plotly JSON in the house style (the same Okabe–Ito colours, fonts and legend-below layout as the XChart PNGs),
 * written with Jackson rather than tablesaw-jsplot's templates: those interpolate a title into a quoted
 * JavaScript string (an apostrophe breaks the script), have no error bars, and point at a CDN.
 */
final class PlotlySpec {
    /** The one JSON path ({@link Json}); Plotly's gaps are built as explicit nulls, so its conventions never bite. */
    static final ObjectMapper JSON = Json.MAPPER;
    /** Plotly marker symbols matching {@link HouseStyle#MARKERS}, slot by slot. */
    private static final String[] SYMBOLS = {"circle", "square", "diamond", "triangle-up", "triangle-down", "x",
            "cross", "circle-open"};

    private PlotlySpec() {}

    static ObjectNode layout(String title, int width, int height) {
        ObjectNode layout = JSON.createObjectNode();
        layout.putObject("title").put("text", title).putObject("font").put("size", 17);
        layout.put("width", width).put("height", height);
        layout.putObject("font").put("family", "sans-serif").put("size", 13).put("color", "#222222");
        layout.put("paper_bgcolor", "#ffffff").put("plot_bgcolor", "#ffffff");
        layout.putObject("legend").put("orientation", "h").put("x", 0).put("y", -0.18).put("yanchor", "top");
        layout.putObject("margin").put("l", 70).put("r", 30).put("t", 60).put("b", 40);
        ArrayNode colours = layout.putArray("colorway");
        for (Color c : HouseStyle.PALETTE) colours.add(hex(c));
        return layout;
    }

    static ObjectNode axis(String label, boolean log, Double min, Double max) {
        ObjectNode axis = JSON.createObjectNode();
        axis.putObject("title").put("text", label);
        axis.put("type", log ? "log" : "linear").put("gridcolor", "#dddddd").put("linecolor", "#888888")
                .put("mirror", true).put("showline", true).put("zeroline", false);
        if (min != null && max != null) {
            // Plotly gives a log axis's range in decades.
            axis.putArray("range").add(log ? Math.log10(min) : min).add(log ? Math.log10(max) : max);
        }
        return axis;
    }

    static ArrayNode numbers(double[] values) {
        ArrayNode out = JSON.createArrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) out.add(v);
            else out.addNull();
        }
        return out;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String rgba(Color c, double alpha) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    static String symbol(int slot) {
        return SYMBOLS[slot % SYMBOLS.length];
    }

    /** Plotly renders a subset of HTML in names and hover text: show a series name as typed. */
    static String plain(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String write(ObjectNode data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the Plotly figure as JSON: " + e.getMessage(), e);
        }
    }
}
