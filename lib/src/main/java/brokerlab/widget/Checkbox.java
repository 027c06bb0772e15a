package brokerlab.widget;

import brokerlab.util.Check;

import java.util.function.Consumer;

/** A yes/no box ({@code CheckboxModel}). */
public final class Checkbox extends ControlWidget {

    public Checkbox(String description, boolean value) {
        super("CheckboxModel", "CheckboxView", description, Style.of("CheckboxStyleModel", "background"));
        define("indent", true);
        define("value", value);
    }

    public boolean value() {
        return (Boolean) get("value");
    }

    public Checkbox value(boolean value) {
        put("value", value);
        return this;
    }

    /** Runs {@code observer} with the new value after every change. */
    public Checkbox onValue(Consumer<Boolean> observer) {
        Check.notNull("observer", observer);
        observe("value", c -> observer.accept((Boolean) c.newValue()));
        return this;
    }

    @Override
    protected Object fromJson(String key, Object value) {
        if (!"value".equals(key)) return value;
        return value instanceof Boolean b ? b : value();
    }
}
