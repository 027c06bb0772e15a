package brokerlab.widget;

import brokerlab.util.Check;

import java.util.List;

/** A container laying out its children in a row ({@link HBox}) or a column ({@link VBox}). */
public abstract class Box extends DomWidget {

    protected Box(String modelName, String viewName, List<? extends Widget> children) {
        super(modelName, WidgetProtocol.CONTROLS_MODULE, WidgetProtocol.CONTROLS_VERSION, viewName);
        define("box_style", "");
        define("children", copy(children));
    }

    @SuppressWarnings("unchecked")
    public List<Widget> children() {
        return (List<Widget>) get("children");
    }

    /** Replaces the children; new ones are opened first when the box is already shown. */
    public Box children(List<? extends Widget> children) {
        put("children", copy(children));
        return this;
    }

    private static List<Widget> copy(List<? extends Widget> children) {
        Check.notNull("children", children);
        for (Widget w : children) Check.notNull("child", w);
        return List.copyOf(children);
    }
}
