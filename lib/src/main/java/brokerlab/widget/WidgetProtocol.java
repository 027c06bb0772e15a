package brokerlab.widget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and versions of the Jupyter widget message protocol version 2 (ipywidgets 8, JupyterLab's
 * {@code jupyterlab-widgets} 3), as this package speaks it. Front ends compare the major versions: a comm_open
 * whose {@code metadata.version} does not start with "2" is refused as "wrong widget protocol version".
 */
public final class WidgetProtocol {
    private WidgetProtocol() {}

    /** Comm target of every widget model. */
    public static final String TARGET = "jupyter.widget";
    /** Comm target a front end opens to ask for every model's state at once (page reload). */
    public static final String CONTROL_TARGET = "jupyter.widget.control";
    /** Protocol version sent in the metadata of every comm_open (ipywidgets 8.1 {@code __protocol_version__}). */
    public static final String VERSION = "2.1.0";
    /** Major version of the control protocol a front end must announce when it opens {@link #CONTROL_TARGET}. */
    public static final String CONTROL_VERSION_MAJOR = "1";
    /** MIME type of a displayed widget view. */
    public static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";
    /** Prefix of a state value that refers to another model by comm id. */
    public static final String MODEL_REFERENCE = "IPY_MODEL_";

    /** npm module and version of the base models (Layout, the Style view). */
    public static final String BASE_MODULE = "@jupyter-widgets/base";
    public static final String BASE_VERSION = "2.0.0";
    /** npm module and version of the controls (sliders, dropdown, boxes, ...). */
    public static final String CONTROLS_MODULE = "@jupyter-widgets/controls";
    public static final String CONTROLS_VERSION = "2.0.0";
    /** npm module and version of the Output model. */
    public static final String OUTPUT_MODULE = "@jupyter-widgets/output";
    public static final String OUTPUT_VERSION = "1.0.0";

    /** Data of a comm_open: the full state and no binary buffers. */
    public static Map<String, Object> openData(Map<String, Object> state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", state);
        data.put("buffer_paths", List.of());
        return data;
    }

    /** Metadata of a comm_open: the protocol version. */
    public static Map<String, Object> openMetadata() {
        return Map.of("version", VERSION);
    }

    /** A comm_msg body with {@code method} "update" or "echo_update" and part (or all) of the state. */
    public static Map<String, Object> stateMessage(String method, Map<String, Object> state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("method", method);
        data.put("state", state);
        data.put("buffer_paths", List.of());
        return data;
    }

    /**
     * The display bundle of a widget: the view reference a widget front end renders, and the plain text every
     * other reader (nbconvert without saved state, GitHub, a front end without the widget extension) shows.
     */
    public static Map<String, Object> viewBundle(String modelId, String fallbackText) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version_major", 2);
        view.put("version_minor", 0);
        view.put("model_id", modelId);
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", fallbackText);
        bundle.put(VIEW_MIME, view);
        return bundle;
    }
}
