package brokerlab.widget;

import brokerlab.util.Check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A widget model: a JSON state kept in sync with the front end over one comm (target {@code jupyter.widget}).
 *
 * <p>Java sets a key with {@link #put}: the state changes, an {@code update} message carries the new value, and the
 * observers of that key run. The front end sends {@code update} when a user moves a control: the widget first
 * answers with {@code echo_update} (so other views of the same model follow), then applies the values and runs
 * the observers. While those observers run, setting a key to the value the front end just sent sends nothing
 * back, and setting it to anything else does (a clamp, a correction): the property lock of ipywidgets 8
 * ({@code Widget.set_state}). {@code request_state} is answered with the full state.
 *
 * <p>A front end may answer a number Java sent with the same number rounded (a slider snapping 36 to
 * 36.00000000000001 on its step grid). Such an answer can arrive long after Java moved on: after "Run All" the
 * kernel reads comm messages only when the last cell is done, so a stale rounding of 36 would overwrite the 32 a
 * later cell set, and the page would show 32 while the kernel computes at 36. An update that only rounds a number
 * Java sent for that key (equal to one part in 10^12, not exactly equal) is therefore recognised as such an
 * answer and dropped, once, together with every older send it must have followed.
 *
 * <p>Values are JSON-ready: strings, numbers, booleans, null, lists, maps, and other widgets, which travel as
 * {@code "IPY_MODEL_<id>"} references; a referenced widget is opened before the one that refers to it.
 * Thread-safe: the kernel delivers front-end messages on its shell thread while background runs set outputs.
 */
public abstract class Widget {
    private final Map<String, Object> state = new LinkedHashMap<>();
    private final Map<String, List<Consumer<Change>>> observers = new LinkedHashMap<>();
    private CommLink link;
    private WidgetSession session;
    private Map<String, Object> lock = Map.of();
    private Thread lockOwner;
    /** Numbers sent to the front end per key, oldest first, that it may still answer with a rounding. */
    private final Map<String, Deque<Double>> unanswered = new HashMap<>();
    private static final int UNANSWERED_KEPT = 8;
    private static final double ROUNDING = 1e-12;

    /** The model and view names and their npm modules, as the front end's widget registry knows them. */
    protected Widget(String modelName, String modelModule, String modelModuleVersion,
                     String viewName, String viewModule, String viewModuleVersion) {
        define("_model_module", modelModule);
        define("_model_module_version", modelModuleVersion);
        define("_model_name", modelName);
        define("_view_count", null);
        define("_view_module", viewModule);
        define("_view_module_version", viewModuleVersion);
        define("_view_name", viewName);
    }

    /** Declares a state key with its default; only declared keys are synced. Constructors only. */
    protected final void define(String key, Object value) {
        state.put(key, value);
    }

    /** The model name, e.g. "FloatSliderModel". */
    public final String modelName() {
        return (String) get("_model_name");
    }

    /** The comm id once the widget is open (shown, or part of a shown box). */
    public final synchronized String modelId() {
        if (link == null) {
            throw new IllegalStateException(modelName() + " is not open yet: show it (or a box holding it) with "
                    + "WidgetSession.show(widget) first");
        }
        return link.id();
    }

    public final synchronized boolean isOpen() {
        return link != null;
    }

    /** The current value of a state key (JSON form; a widget reference is the widget itself). */
    public final synchronized Object get(String key) {
        requireKey(key);
        return state.get(key);
    }

    /** The state keys, in declaration order. */
    public final synchronized List<String> keys() {
        return List.copyOf(state.keySet());
    }

    /** Runs {@code observer} after every change of {@code key}, from Java or from the front end. */
    public final Widget observe(String key, Consumer<Change> observer) {
        requireKey(key);
        Check.notNull("observer", observer);
        synchronized (this) {
            observers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(observer);
        }
        return this;
    }

    /**
     * Sets a state key. When the value differs, the front end gets an {@code update} (unless it sent this very
     * value and the observers are still running) and the key's observers run.
     */
    protected final void put(String key, Object value) {
        requireKey(key);
        WidgetSession owner;
        synchronized (this) {
            owner = session;
        }
        // referenced widgets are opened before this widget's lock is taken: the session locks before widgets
        if (owner != null) owner.openReferenced(value);
        Change change;
        synchronized (this) {
            Object old = state.get(key);
            if (Objects.equals(old, value)) return;
            state.put(key, value);
            if (link != null && !lockedTo(key, value)) {
                link.send(WidgetProtocol.stateMessage("update", toJson(Map.of(key, value))));
                if (value instanceof Number n) remember(key, n.doubleValue());
            }
            change = new Change(this, key, old, value, false);
        }
        fire(List.of(change));
    }

    private void remember(String key, double sent) {
        Deque<Double> sends = unanswered.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (sends.size() == UNANSWERED_KEPT) sends.removeFirst();
        sends.addLast(sent);
    }

    /**
     * True when {@code value} only rounds a number sent for {@code key}: that send and every older one are then
     * answered (the front end handles messages in order) and forgotten.
     */
    private boolean roundsAnUnansweredSend(String key, Object value) {
        Deque<Double> sends = unanswered.get(key);
        if (sends == null || !(value instanceof Number n)) return false;
        double v = n.doubleValue();
        List<Double> inOrder = new ArrayList<>(sends);
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            double sent = inOrder.get(i);
            if (v != sent && Math.abs(v - sent) <= ROUNDING * Math.max(Math.abs(v), Math.abs(sent))) {
                for (int k = 0; k <= i; k++) sends.removeFirst();
                return true;
            }
        }
        return false;
    }

    private boolean lockedTo(String key, Object value) {
        return lockOwner == Thread.currentThread() && lock.containsKey(key) && jsonEquals(lock.get(key), value);
    }

    /** Equality as JSON sees it: one number type (7 equals 7.0), lists and maps element by element. */
    static boolean jsonEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return x.doubleValue() == y.doubleValue();
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!jsonEquals(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) return false;
            for (Object k : x.keySet()) if (!jsonEquals(x.get(k), y.get(k))) return false;
            return true;
        }
        return Objects.equals(a, b);
    }

    /** Widgets this one refers to in its state: they must be open first. */
    final synchronized List<Widget> references() {
        List<Widget> out = new ArrayList<>();
        for (Object v : state.values()) {
            if (v instanceof Widget w) out.add(w);
            if (v instanceof List<?> list) for (Object x : list) if (x instanceof Widget w) out.add(w);
        }
        return out;
    }

    /** The full state in wire form, for comm_open and {@code request_state}. */
    final synchronized Map<String, Object> jsonState() {
        return toJson(state);
    }

    final synchronized void attach(WidgetSession session, CommLink link) {
        this.session = session;
        this.link = link;
    }

    /** Closes the comm; the front end removes every view of this widget. */
    public final void close() {
        CommLink closing;
        WidgetSession owner;
        synchronized (this) {
            closing = link;
            owner = session;
            link = null;
        }
        if (closing == null) return;
        closing.close();
        owner.forget(closing.id());
    }

    /** Converts one JSON value the front end sent for {@code key} to the type this widget stores. */
    protected Object fromJson(String key, Object value) {
        return value;
    }

    /** Handles one comm_msg from the front end (protocol version 2 methods update and request_state). */
    final void receive(Map<String, Object> data) {
        Object method = data.get("method");
        if ("request_state".equals(method)) {
            synchronized (this) {
                if (link != null) link.send(WidgetProtocol.stateMessage("update", toJson(state)));
            }
        } else if ("update".equals(method) && data.get("state") instanceof Map<?, ?> sent) {
            applyFromFrontend(sent);
        }
        // "custom" messages carry widget-specific events none of our widgets define: ignored, as ipywidgets does
        // when no handler is registered.
    }

    private void applyFromFrontend(Map<?, ?> sent) {
        Map<String, Object> raw = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        synchronized (this) {
            for (Map.Entry<?, ?> e : sent.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (state.containsKey(key) && !roundsAnUnansweredSend(key, e.getValue())) raw.put(key, e.getValue());
            }
            if (raw.isEmpty()) return;
            // echo first, before anything else is sent (ipywidgets 8 Widget.set_state)
            if (link != null) link.send(WidgetProtocol.stateMessage("echo_update", raw));
            Map<String, Object> corrected = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : raw.entrySet()) {
                Object value = fromJson(e.getKey(), e.getValue());
                Object old = state.put(e.getKey(), value);
                if (!Objects.equals(old, value)) changes.add(new Change(this, e.getKey(), old, value, true));
                if (!jsonEquals(e.getValue(), value)) corrected.put(e.getKey(), value);
            }
            // a value this widget clamped or refused goes back before the observers run, as ipywidgets sends a
            // validated trait before calling user callbacks
            if (link != null && !corrected.isEmpty()) {
                link.send(WidgetProtocol.stateMessage("update", toJson(corrected)));
            }
            lock = raw;
            lockOwner = Thread.currentThread();
        }
        try {
            fire(changes);
        } finally {
            synchronized (this) {
                lock = Map.of();
                lockOwner = null;
            }
        }
    }

    private void fire(List<Change> changes) {
        for (Change c : changes) {
            List<Consumer<Change>> list;
            synchronized (this) {
                list = observers.getOrDefault(c.name(), List.of());
            }
            for (Consumer<Change> o : list) {
                try {
                    o.accept(c);
                } catch (RuntimeException e) {
                    if (!c.fromFrontend()) throw e;
                    // a front end's message is handled on the kernel's comm thread: a failing observer must not
                    // break it or keep the other observers from running
                    WidgetSession owner;
                    synchronized (this) {
                        owner = session;
                    }
                    if (owner != null) owner.report(c, e);
                }
            }
        }
    }

    private void requireKey(String key) {
        Check.notNull("key", key);
        synchronized (this) {
            if (!state.containsKey(key)) {
                throw Check.fail("key", key, modelName() + " has no such state key", "use one of " + state.keySet());
            }
        }
    }

    /** Widgets become "IPY_MODEL_id" references, lists are converted element by element. */
    private static Map<String, Object> toJson(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) out.put(e.getKey(), toJson(e.getValue()));
        return out;
    }

    private static Object toJson(Object value) {
        if (value instanceof Widget w) return WidgetProtocol.MODEL_REFERENCE + w.modelId();
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object x : list) out.add(toJson(x));
            return out;
        }
        return value;
    }

    /** The plain-text form shown where the widget cannot be rendered. */
    @Override
    public String toString() {
        String name = modelName();
        return name.endsWith("Model") ? name.substring(0, name.length() - "Model".length()) : name;
    }
}
