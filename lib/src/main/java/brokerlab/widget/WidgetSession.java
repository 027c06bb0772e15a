package brokerlab.widget;

import brokerlab.util.Check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The widgets of one kernel: opens their comms (referenced widgets first, so the front end can resolve every
 * {@code IPY_MODEL_} reference), shows them, and answers the front end's {@code jupyter.widget.control} comm, which
 * JupyterLab opens after a page reload to ask for every model's state at once.
 *
 * <pre>{@code
 * var ui = WidgetSession.jupyter();                  // inside a JJava notebook
 * var rate = new FloatSlider("arrival rate", 1, 50, 0.5, 20);
 * rate.observe("value", c -> System.out.println(c.newValue()));
 * ui.show(rate, "arrival-rate slider (needs the Jupyter widget front end)");
 * }</pre>
 */
public final class WidgetSession {
    private final CommTransport transport;
    private final Map<String, Widget> open = new LinkedHashMap<>();
    private volatile Consumer<String> errors = line -> System.err.println(line);

    public WidgetSession(CommTransport transport) {
        this.transport = Check.notNull("transport", transport);
        transport.registerTarget(WidgetProtocol.CONTROL_TARGET, this::controlOpened);
    }

    /** A session on the running JJava kernel (see {@link JJavaTransport} for how it finds the kernel). */
    public static WidgetSession jupyter() {
        return new WidgetSession(JJavaTransport.current());
    }

    /** Opens the widget (and every widget it refers to) without displaying it. */
    public synchronized void open(Widget widget) {
        Check.notNull("widget", widget);
        if (widget.isOpen()) return;
        for (Widget ref : widget.references()) open(ref);
        CommLink link = transport.open(WidgetProtocol.TARGET, WidgetProtocol.openData(widget.jsonState()),
                WidgetProtocol.openMetadata(), new CommListener() {
                    @Override public void onMessage(Map<String, Object> data) { widget.receive(data); }
                    @Override public void onClose() { forget(widget); }
                });
        widget.attach(this, link);
        open.put(link.id(), widget);
    }

    /** Opens whatever widgets a state value holds (a widget, or a list such as a box's children). */
    void openReferenced(Object value) {
        if (value instanceof Widget w) open(w);
        if (value instanceof List<?> list) for (Object x : list) if (x instanceof Widget w) open(w);
    }

    /**
     * Opens the widget and displays it in the running cell. {@code fallbackText} is what readers without the
     * widget front end see instead (plain text), so say what the control shows and where the static copy is.
     */
    public void show(Widget widget, String fallbackText) {
        Check.notNull("fallbackText", fallbackText);
        open(widget);
        transport.display(WidgetProtocol.viewBundle(widget.modelId(), fallbackText));
    }

    /** The open widget with this model id, if any. */
    public synchronized Widget widget(String modelId) {
        return open.get(modelId);
    }

    /** Number of open widgets (layouts and styles included). */
    public synchronized int openCount() {
        return open.size();
    }

    synchronized void forget(String modelId) {
        open.remove(modelId);
    }

    private synchronized void forget(Widget widget) {
        open.values().remove(widget);
    }

    /** Where one-line reports of failing observers go (default: standard error). */
    public void onError(Consumer<String> sink) {
        this.errors = Check.notNull("sink", sink);
    }

    void report(Change change, RuntimeException e) {
        errors.accept("observer of " + change.widget() + "." + change.name() + " failed: "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }

    private CommListener controlOpened(CommLink link, Map<String, Object> data, Map<String, Object> metadata) {
        return message -> {
            if (!"request_states".equals(message.get("method"))) return;
            Map<String, Object> states = new LinkedHashMap<>();
            synchronized (this) {
                for (Map.Entry<String, Widget> e : open.entrySet()) {
                    Map<String, Object> state = e.getValue().jsonState();
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("model_name", state.get("_model_name"));
                    entry.put("model_module", state.get("_model_module"));
                    entry.put("model_module_version", state.get("_model_module_version"));
                    entry.put("state", state);
                    states.put(e.getKey(), entry);
                }
            }
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("method", "update_states");
            reply.put("states", states);
            reply.put("buffer_paths", List.of());
            link.send(reply);
        };
    }
}
