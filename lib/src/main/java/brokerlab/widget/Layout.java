package brokerlab.widget;

import java.util.List;

/**
 * The CSS layout of one widget ({@code LayoutModel}, @jupyter-widgets/base): width, height, margins, flex settings.
 * Every visible widget owns one, as in ipywidgets; unset properties are null and leave the front end's default.
 */
public final class Layout extends Widget {
    /** The properties of ipywidgets 8.1's Layout, in its order. */
    static final List<String> PROPERTIES = List.of("align_content", "align_items", "align_self", "border_bottom",
            "border_left", "border_right", "border_top", "bottom", "display", "flex", "flex_flow", "grid_area",
            "grid_auto_columns", "grid_auto_flow", "grid_auto_rows", "grid_column", "grid_gap", "grid_row",
            "grid_template_areas", "grid_template_columns", "grid_template_rows", "height", "justify_content",
            "justify_items", "left", "margin", "max_height", "max_width", "min_height", "min_width", "object_fit",
            "object_position", "order", "overflow", "padding", "right", "top", "visibility", "width");

    public Layout() {
        super("LayoutModel", WidgetProtocol.BASE_MODULE, WidgetProtocol.BASE_VERSION,
                "LayoutView", WidgetProtocol.BASE_MODULE, WidgetProtocol.BASE_VERSION);
        for (String p : PROPERTIES) define(p, null);
    }

    /** Sets a CSS property, e.g. {@code set("width", "420px")}; null restores the default. */
    public Layout set(String property, String value) {
        put(property, value);
        return this;
    }
}
