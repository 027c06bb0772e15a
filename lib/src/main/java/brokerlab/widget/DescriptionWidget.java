package brokerlab.widget;

/** A control with a description label before it and a {@link Style} (ipywidgets' DescriptionWidget). */
public abstract class DescriptionWidget extends DomWidget {
    private final Style style;

    protected DescriptionWidget(String modelName, String viewName, String description, Style style) {
        super(modelName, WidgetProtocol.CONTROLS_MODULE, WidgetProtocol.CONTROLS_VERSION, viewName);
        this.style = style;
        define("description", description == null ? "" : description);
        define("description_allow_html", false);
        define("style", style);
    }

    public Style style() {
        return style;
    }

    public String description() {
        return (String) get("description");
    }

    public DescriptionWidget description(String text) {
        put("description", text == null ? "" : text);
        return this;
    }
}
