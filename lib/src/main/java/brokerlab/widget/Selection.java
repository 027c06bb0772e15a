package brokerlab.widget;

import brokerlab.util.Check;

import java.util.List;
import java.util.function.Consumer;

/**
 * One choice among labelled options. As in ipywidgets 8, only the labels ({@code _options_labels}) and the
 * selected {@code index} travel over the wire; the value is the selected label, resolved here.
 */
public abstract class Selection extends ControlWidget {

    protected Selection(String modelName, String viewName, String description, Style style, List<String> options,
                        String selected) {
        super(modelName, viewName, description, style);
        Check.notNull("options", options);
        if (options.isEmpty()) throw Check.fail("options", options, "a selection needs at least one option", "pass labels");
        int index = options.indexOf(selected);
        if (index < 0) throw Check.fail("selected", selected, "it must be one of the options " + options, "pick one of them");
        define("_options_labels", List.copyOf(options));
        define("index", index);
    }

    @SuppressWarnings("unchecked")
    public List<String> options() {
        return (List<String>) get("_options_labels");
    }

    public int index() {
        return (Integer) get("index");
    }

    /** The selected label. */
    public String value() {
        return options().get(index());
    }

    /** Selects the option with this label. */
    public Selection value(String label) {
        int i = options().indexOf(label);
        if (i < 0) throw Check.fail("label", label, "it must be one of the options " + options(), "pick one of them");
        put("index", i);
        return this;
    }

    /** Runs {@code observer} with the newly selected label after every change. */
    public Selection onValue(Consumer<String> observer) {
        Check.notNull("observer", observer);
        observe("index", c -> observer.accept(options().get((Integer) c.newValue())));
        return this;
    }

    @Override
    protected Object fromJson(String key, Object value) {
        if (!"index".equals(key)) return value;
        // an index outside the options (or null: nothing selected) keeps the current choice: a selection here
        // always has a value
        if (value instanceof Number n && n.intValue() >= 0 && n.intValue() < options().size()) return n.intValue();
        return index();
    }
}
