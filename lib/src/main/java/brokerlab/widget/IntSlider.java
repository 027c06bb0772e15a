package brokerlab.widget;

import brokerlab.util.Check;

import java.util.function.IntConsumer;

/** A slider over integers ({@code IntSliderModel}); values are clamped into [min, max] like ipywidgets does. */
public final class IntSlider extends SliderWidget {

    public IntSlider(String description, int min, int max, int step, int value) {
        super("IntSliderModel", "IntSliderView", description, "d", min, checkedMax(min, max),
                Check.atLeast("step", step, 1), clamp(value, min, max));
    }

    private static int checkedMax(int min, int max) {
        if (max <= min) throw Check.fail("max", max, "it must be > min (" + min + ")", "widen the range");
        return max;
    }

    public int value() {
        return (Integer) get("value");
    }

    public IntSlider value(int value) {
        put("value", clamp(value, min(), max()));
        return this;
    }

    public int min() { return (Integer) get("min"); }

    public int max() { return (Integer) get("max"); }

    /** Runs {@code observer} with the new value after every change. */
    public IntSlider onValue(IntConsumer observer) {
        Check.notNull("observer", observer);
        observe("value", c -> observer.accept((Integer) c.newValue()));
        return this;
    }

    @Override
    protected Object fromJson(String key, Object value) {
        if (!(value instanceof Number n)) return "value".equals(key) ? value() : value;
        // a front end may send 3.0 for 3; round like the IntSlider view does
        int v = (int) Math.round(n.doubleValue());
        return "value".equals(key) ? clamp(v, min(), max()) : v;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
