package brokerlab.consistency;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a client history while a simulation runs: call {@link #invoke} when a client issues an operation and
 * {@link #ok}, {@link #fail} or {@link #info} when it learns the outcome, in simulated-time order. Values are
 * longs here (the simulated stores write unique numbers); {@link #history()} returns the immutable
 * {@link History} the checker reads, and {@link HistoryFile#write} saves it.
 *
 * <pre>{@code
 * var rec = new HistoryRecorder();
 * int w = rec.invoke(0.0, 1, OpKind.WRITE, "x", 0, 5);    // process 1 writes 5 to x
 * int r = rec.invoke(0.2, 2, OpKind.READ, "x", 0, 0);
 * rec.ok(1.0, w, 5);
 * rec.ok(1.1, r, 5);                                      // the read saw the concurrent write
 * LinearizabilityChecker.check(rec.history(), Budget.DEFAULT).summary();   // "linearizable: 2 operations ..."
 * }</pre>
 */
public final class HistoryRecorder {
    private final List<HistoryEvent> events = new ArrayList<>();
    private final Map<Integer, HistoryEvent> open = new HashMap<>();
    private double last = Double.NEGATIVE_INFINITY;

    /**
     * Process {@code process} invokes {@code kind} on {@code key} at {@code time} ms: for a write {@code value} is
     * written (and {@code expected} ignored); for a cas the register changes from {@code expected} to {@code value};
     * for a read both are ignored. Returns a handle for the completion.
     */
    public int invoke(double time, int process, OpKind kind, String key, long expected, long value) {
        Check.notNull("kind", kind);
        if (open.containsKey(process))
            throw Check.fail("process", process, "it already has an operation open (event " + open.get(process).index() + ")",
                    "complete it with ok, fail or info before invoking again");
        String v = kind == OpKind.READ ? null : Long.toString(value);
        String x = kind == OpKind.CAS ? Long.toString(expected) : null;
        HistoryEvent e = add(time, EventType.INVOKE, process, kind, key, x, v);
        open.put(process, e);
        return process;
    }

    /** The operation completed and took effect; for a read, {@code readValue} is what it returned. */
    public void ok(double time, int handle, long readValue) {
        complete(time, handle, EventType.OK, Long.toString(readValue));
    }

    /** A read completed and found nothing under its key (JSON null). */
    public void okEmpty(double time, int handle) {
        complete(time, handle, EventType.OK, "null");
    }

    /** The operation certainly did not take effect. */
    public void fail(double time, int handle) {
        complete(time, handle, EventType.FAIL, null);
    }

    /** The client does not know whether the operation took effect (a timeout, a lost reply). */
    public void info(double time, int handle) {
        complete(time, handle, EventType.INFO, null);
    }

    /** True while {@code process} has an operation open. */
    public boolean isOpen(int process) { return open.containsKey(process); }

    private void complete(double time, int handle, EventType type, String readValue) {
        HistoryEvent inv = open.remove(handle);
        if (inv == null) throw Check.fail("handle", handle, "no operation of that process is open", "pass the handle invoke returned, once");
        String v = inv.f() == OpKind.READ ? (type == EventType.OK ? readValue : null) : inv.value();
        add(time, type, inv.process(), inv.f(), inv.key(), inv.expected(), v);
    }

    private HistoryEvent add(double time, EventType type, int process, OpKind kind, String key, String expected, String value) {
        Check.finite("time", time);
        Check.notNull("key", key);
        if (time < last) throw Check.fail("time", time, "it is before the previous event (" + last + ")", "record events in time order");
        last = time;
        HistoryEvent e = new HistoryEvent(events.size(), type, process, kind, key, expected, value, time, events.size() + 1);
        events.add(e);
        return e;
    }

    /** Events recorded so far. */
    public int size() { return events.size(); }

    /** The history so far; operations still open count as indeterminate ({@code info}). */
    public History history() {
        return History.of("recorded history", events);
    }
}
