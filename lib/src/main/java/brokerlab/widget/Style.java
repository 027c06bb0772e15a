package brokerlab.widget;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The style model of a control (its model name depends on the control: {@code SliderStyleModel},
 * {@code DescriptionStyleModel}, ...), rendered by the base {@code StyleView}. The one property every style has is
 * {@code description_width}: set it to "initial" or a CSS width so a long description is not cut off.
 */
public final class Style extends Widget {

    Style(String modelName, Map<String, Object> properties) {
        super(modelName, WidgetProtocol.CONTROLS_MODULE, WidgetProtocol.CONTROLS_VERSION,
                "StyleView", WidgetProtocol.BASE_MODULE, WidgetProtocol.BASE_VERSION);
        for (Map.Entry<String, Object> e : properties.entrySet()) define(e.getKey(), e.getValue());
    }

    /** A style with {@code description_width} and the given extra properties (all null, the front end's default). */
    static Style of(String modelName, String... extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("description_width", "");
        for (String key : extra) p.put(key, null);
        return new Style(modelName, p);
    }

    /** Sets a style property, e.g. {@code set("description_width", "initial")}. */
    public Style set(String property, Object value) {
        put(property, value);
        return this;
    }
}
