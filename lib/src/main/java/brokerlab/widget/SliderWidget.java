package brokerlab.widget;

/**
 * The state every ipywidgets slider shares (bounds, step, readout, drag behaviour); {@link FloatSlider} and
 * {@link IntSlider} fix the number type.
 */
public abstract class SliderWidget extends ControlWidget {

    protected SliderWidget(String modelName, String viewName, String description, String readoutFormat,
                           Number min, Number max, Number step, Number value) {
        super(modelName, viewName, description, Style.of("SliderStyleModel", "handle_color"));
        define("behavior", "drag-tap");
        define("continuous_update", true);
        define("max", max);
        define("min", min);
        define("orientation", "horizontal");
        define("readout", true);
        define("readout_format", readoutFormat);
        define("step", step);
        define("value", value);
    }

    /** A d3-format string for the number beside the slider, e.g. ".1f" or ".3g". */
    public SliderWidget readoutFormat(String format) {
        put("readout_format", brokerlab.util.Check.notNull("format", format));
        return this;
    }
}
