package brokerlab.widget;

import java.util.List;

/** A widget with a view on the page: it owns a {@link Layout} and takes a tooltip (ipywidgets' DOMWidget). */
public abstract class DomWidget extends Widget {
    private final Layout layout = new Layout();

    protected DomWidget(String modelName, String module, String version, String viewName) {
        super(modelName, module, version, viewName, module, version);
        define("_dom_classes", List.of());
        define("layout", layout);
        define("tabbable", null);
        define("tooltip", null);
    }

    public Layout layout() {
        return layout;
    }

    /** Text shown when the pointer rests on the control. */
    public DomWidget tooltip(String text) {
        put("tooltip", text);
        return this;
    }
}
