package brokerlab.widget;

import brokerlab.util.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A front end on paper: records every message the widget layer sends (comm_open, comm_msg, comm_close,
 * display_data) and replays messages a front end would send, so protocol behaviour is tested without a kernel
 * or a browser. Thread-safe, since background runs send from their own thread.
 */
public final class FakeTransport implements CommTransport {

    /** One recorded kernel-to-front-end message. */
    public record Sent(String type, String commId, Map<String, Object> data, Map<String, Object> metadata) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> state() {
            return (Map<String, Object>) data.get("state");
        }

        public String method() {
            return (String) data.get("method");
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private final Map<String, CommListener> listeners = new LinkedHashMap<>();
    private final Map<String, TargetHandler> targets = new LinkedHashMap<>();
    private int nextId = 1;

    @Override
    public synchronized CommLink open(String target, Map<String, Object> data, Map<String, Object> metadata,
                                      CommListener listener) {
        String id = "comm-" + nextId++;
        Map<String, Object> open = new LinkedHashMap<>(data);
        open.put("target_name", target);
        sent.add(new Sent("comm_open", id, Json.readObject(Json.compact(open), "test", "message"), metadata));
        listeners.put(id, listener);
        return link(id);
    }

    private CommLink link(String id) {
        return new CommLink() {
            @Override public String id() { return id; }
            @Override public void send(Map<String, Object> data) { record("comm_msg", id, data); }
            @Override public void close() { record("comm_close", id, Map.of()); }
        };
    }

    private synchronized void record(String type, String id, Map<String, Object> data) {
        // through JSON and back, as on the wire: catches values that are not JSON-ready
        sent.add(new Sent(type, id, Json.readObject(Json.compact(data), "test", "message"), Map.of()));
    }

    @Override
    public synchronized void registerTarget(String target, TargetHandler handler) {
        targets.put(target, handler);
    }

    @Override
    public synchronized void display(Map<String, Object> bundle) {
        sent.add(new Sent("display_data", null, Json.readObject(Json.compact(bundle), "test", "message"), Map.of()));
    }

    /** Replays a comm_msg from the front end (the JSON goes through text first, as it would on the wire). */
    public void frontend(String commId, Map<String, Object> data) {
        CommListener l;
        synchronized (this) {
            l = listeners.get(commId);
        }
        if (l == null) throw new IllegalArgumentException("no comm " + commId);
        l.onMessage(Json.readObject(Json.compact(data), "test", "message"));
    }

    /** Replays a comm_open from the front end on a registered target; returns the new comm's id. */
    public String frontendOpens(String target, Map<String, Object> metadata) {
        TargetHandler h;
        String id;
        synchronized (this) {
            h = targets.get(target);
            id = "frontend-" + nextId++;
        }
        if (h == null) throw new IllegalArgumentException("no target " + target);
        CommListener l = h.opened(link(id), Map.of(), metadata);
        synchronized (this) {
            listeners.put(id, l);
        }
        return id;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Sent> sent(Predicate<Sent> filter) {
        return sent.stream().filter(filter).toList();
    }

    public synchronized void clear() {
        sent.clear();
    }

    /** The comm_open of the model with this name (the first one). */
    public synchronized Sent opened(String modelName) {
        return sent.stream().filter(s -> s.type().equals("comm_open") && modelName.equals(s.state().get("_model_name")))
                .findFirst().orElseThrow(() -> new AssertionError("no comm_open of " + modelName + " in " + sent));
    }

    /** Shorthand for a front end's update message. */
    public static Map<String, Object> update(Map<String, Object> state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("method", "update");
        data.put("state", state);
        data.put("buffer_paths", List.of());
        return data;
    }
}
