package brokerlab.widget;

/**
 * One change of a widget's state key, as observers see it.
 *
 * @param widget       the widget whose state changed
 * @param name         the state key, e.g. "value" or "index"
 * @param oldValue     the JSON value before
 * @param newValue     the JSON value after
 * @param fromFrontend true when the front end sent the value (a user moved a control), false when Java set it
 */
public record Change(Widget widget, String name, Object oldValue, Object newValue, boolean fromFrontend) {}
