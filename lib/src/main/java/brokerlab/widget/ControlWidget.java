package brokerlab.widget;

/** A described control the user can change, and which can therefore be disabled. */
public abstract class ControlWidget extends DescriptionWidget {

    protected ControlWidget(String modelName, String viewName, String description, Style style) {
        super(modelName, viewName, description, style);
        define("disabled", false);
    }

    /** Greys the control out; it keeps showing its value. */
    public ControlWidget disabled(boolean disabled) {
        put("disabled", disabled);
        return this;
    }

    public boolean isDisabled() {
        return (Boolean) get("disabled");
    }
}
