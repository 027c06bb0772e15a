package brokerlab.widget;

import brokerlab.util.Check;

import java.util.function.DoubleConsumer;

/**
 * A slider over real numbers ({@code FloatSliderModel}). Values are clamped into [min, max] like ipywidgets does,
 * whether Java or the front end sets them; a clamped front-end value is sent back so the view follows.
 */
public final class FloatSlider extends SliderWidget {

    public FloatSlider(String description, double min, double max, double step, double value) {
        super("FloatSliderModel", "FloatSliderView", description, ".2f", Check.finite("min", min),
                Check.greaterThan("max", max, min), Check.positive("step", step),
                clamp(Check.finite("value", value), min, max));
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
