package brokerlab.widget;

import brokerlab.util.Check;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An output area ({@code OutputModel}, @jupyter-widgets/output) that redraws in place: a figure, a line of text or
 * an error line replaces what was there. The outputs are kept in the model's {@code outputs} state in nbformat
 * form (display_data with a PNG, stream text), so they also land in the widget state a notebook saves; the
 * {@code msg_id} capture of ipywidgets (routing a cell's own output into the area) is not used.
 */
public final class Output extends DomWidget {

    public Output() {
        super("OutputModel", WidgetProtocol.OUTPUT_MODULE, WidgetProtocol.OUTPUT_VERSION, "OutputView");
        define("msg_id", "");
        define("outputs", List.of());
    }

    /** The outputs shown, in nbformat form. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> outputs() {
        return (List<Map<String, Object>>) get("outputs");
    }

    /** Shows a figure as PNG; {@code altText} is its text/plain form. */
    public Output showImage(BufferedImage image, String altText) {
        Check.notNull("image", image);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("image/png", png(image));
        data.put("text/plain", altText == null ? "figure" : altText);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("output_type", "display_data");
        out.put("data", data);
        out.put("metadata", Map.of());
        put("outputs", List.of(out));
        return this;
    }

    /** Shows one or more lines of plain text. */
    public Output showText(String text) {
        put("outputs", List.of(stream("stdout", text)));
        return this;
    }

    /** Shows a message in place of the figure; front ends mark the stderr stream as an error. */
    public Output showError(String message) {
        put("outputs", List.of(stream("stderr", message)));
        return this;
    }

    public Output clear() {
        put("outputs", List.of());
        return this;
    }

    private static Map<String, Object> stream(String name, String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("output_type", "stream");
        out.put("name", name);
        String t = text == null ? "" : text;
        out.put("text", t.endsWith("\n") ? t : t + "\n");
        return out;
    }

    static String png(BufferedImage image) {
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the figure as PNG", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
