package brokerlab.widget;

import brokerlab.util.Check;

import java.util.function.DoubleConsumer;

/**
 * A slider over real numbers ({@code FloatSliderModel}). Values are clamped into [min, max] like ipywidgets does,
 * whether Java or the front end sets them; a clamped front-end value is sent back so the view follows.
 */
public final class FloatSlider extends ControlWidget {

    public FloatSlider(String description, double min, double max, double step, double value) {
        super("FloatSliderModel", "FloatSliderView", description, Style.of("SliderStyleModel", "handle_color"));
        Check.finite("min", min);
        Check.greaterThan("max", max, min);
        Check.positive("step", step);
        Check.finite("value", value);
        define("behavior", "drag-tap");
        define("continuous_update", true);
        define("max", max);
        define("min", min);
        define("orientation", "horizontal");
        define("readout", true);
        define("readout_format", ".2f");
        define("step", step);
        define("value", clamp(value, min, max));
    }

    public double value() {
        return (Double) get("value");
    }

    public FloatSlider value(double value) {
        put("value", clamp(Check.finite("value", value), min(), max()));
        return this;
    }

    public double min() { return (Double) get("min"); }

    public double max() { return (Double) get("max"); }

    /** A d3-format string for the number beside the slider, e.g. ".1f" or ".3g". */
    public FloatSlider readoutFormat(String format) {
        put("readout_format", Check.notNull("format", format));
        return this;
    }

    /** Runs {@code observer} with the new value after every change. */
    public FloatSlider onValue(DoubleConsumer observer) {
        Check.notNull("observer", observer);
        observe("value", c -> observer.accept((Double) c.newValue()));
        return this;
    }

    @Override
    protected Object fromJson(String key, Object value) {
        if (!(value instanceof Number n)) return "value".equals(key) ? value() : value;
        double v = n.doubleValue();   // JSON has one number type: 3 arrives as an integer
        return "value".equals(key) ? clamp(v, min(), max()) : v;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
