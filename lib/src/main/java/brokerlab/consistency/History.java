package brokerlab.consistency;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client history: events in real-time order (an event earlier in the list happened earlier), paired into
 * {@link Operation}s. Each process has at most one operation open at a time, as in Jepsen; a process whose
 * operation ended {@code info} may invoke again (its old operation stays concurrent with everything after it).
 * Immutable; built from a file by {@link HistoryFile#read} or while a simulation runs by {@link HistoryRecorder}.
 *
 * <p>Construction checks consistency and reports the first problem as a {@link HistoryFormatException} naming
 * its line: a completion without an open invoke, an invoke while the process has one open, a completion whose
 * operation or values differ from its invoke, an ok read without the value read, times that go backwards.
 */
public final class History implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<HistoryEvent> events;
    private final List<Operation> operations;

    private History(List<HistoryEvent> events, List<Operation> operations) {
        this.events = events;
        this.operations = operations;
    }

    /** Pairs and checks {@code events}; {@code source} names them in error messages (a file name, "recorded history"). */
    public static History of(String source, List<HistoryEvent> events) {
        Check.notNull("source", source);
        Check.notNull("events", events);
        List<HistoryEvent> list = List.copyOf(events);
        Map<Integer, HistoryEvent> open = new HashMap<>();
        List<Operation> ops = new ArrayList<>();
        double lastTime = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < list.size(); i++) {
            HistoryEvent e = list.get(i);
            if (e.index() != i)
                throw new HistoryFormatException(source, e.line(), "event index " + e.index() + " out of place (expected " + i + ")");
            if (!Double.isNaN(e.time())) {
                if (e.time() < lastTime)
                    throw new HistoryFormatException(source, e.line(), "time " + e.time() + " is before the previous event's " + lastTime
                            + "; events must be listed in real-time order (sort them by time)");
                lastTime = e.time();
            }
            if (e.type() == EventType.INVOKE) {
                HistoryEvent prev = open.get(e.process());
                if (prev != null)
                    throw new HistoryFormatException(source, e.line(), "process " + e.process() + " invokes " + e.f().label()
                            + " while its " + prev.f().label() + " from line " + prev.line() + " is still open; complete it first "
                            + "(ok, fail or info) or use another process id");
                checkInvoke(source, e);
                open.put(e.process(), e);
            } else {
                HistoryEvent inv = open.remove(e.process());
                if (inv == null)
                    throw new HistoryFormatException(source, e.line(), "a return (" + e.type().label() + ") for process " + e.process()
                            + " without an invoke; every ok, fail or info must follow an invoke by the same process");
                ops.add(pair(source, ops.size(), inv, e));
            }
        }
        // an operation still open at the end is indeterminate: its process may have crashed
        List<HistoryEvent> rest = new ArrayList<>(open.values());
        rest.sort((a, b) -> Integer.compare(a.index(), b.index()));
        for (HistoryEvent inv : rest) ops.add(pair(source, ops.size(), inv, null));
        ops.sort((a, b) -> Integer.compare(a.invokeIndex(), b.invokeIndex()));
        List<Operation> renumbered = new ArrayList<>(ops.size());
        for (Operation o : ops)
            renumbered.add(new Operation(renumbered.size(), o.process(), o.kind(), o.key(), o.expected(), o.value(), o.status(),
                    o.invokeIndex(), o.completeIndex(), o.invokeTime(), o.completeTime(), o.invokeLine(), o.completeLine()));
        return new History(list, Collections.unmodifiableList(renumbered));
    }

    private static void checkInvoke(String source, HistoryEvent e) {
        switch (e.f()) {
            case READ -> {
                if (e.value() != null && !e.value().equals("null"))
                    throw new HistoryFormatException(source, e.line(), "a read invoke carries value " + e.value()
                            + "; leave \"value\" out (or null) on the invoke and put the value read on the ok");
            }
            case WRITE -> {
                if (e.value() == null)
                    throw new HistoryFormatException(source, e.line(), "a write invoke needs the value written in \"value\"");
            }
            case CAS -> {
                if (e.value() == null || e.expected() == null)
                    throw new HistoryFormatException(source, e.line(), "a cas invoke needs \"value\": [expected, new]");
            }
        }
    }

    private static Operation pair(String source, int id, HistoryEvent inv, HistoryEvent done) {
        if (done == null)
            return new Operation(id, inv.process(), inv.f(), inv.key(), inv.expected(), inv.f() == OpKind.READ ? null : inv.value(),
                    Operation.Status.INFO, inv.index(), -1, inv.time(), Double.NaN, inv.line(), -1);
        if (done.f() != inv.f())
            throw new HistoryFormatException(source, done.line(), "process " + done.process() + " completes " + done.f().label()
                    + " but invoked " + inv.f().label() + " at line " + inv.line() + "; a completion repeats its invoke's operation");
        if (!done.key().isEmpty() && !done.key().equals(inv.key()))
            throw new HistoryFormatException(source, done.line(), "key \"" + done.key() + "\" differs from the invoke's \"" + inv.key()
                    + "\" at line " + inv.line());
        Operation.Status status = switch (done.type()) {
            case OK -> Operation.Status.OK;
            case FAIL -> Operation.Status.FAIL;
            default -> Operation.Status.INFO;
        };
        String value = inv.value();
        if (inv.f() == OpKind.READ) {
            if (status == Operation.Status.OK && done.value() == null)
                throw new HistoryFormatException(source, done.line(), "an ok read needs the value read in \"value\" (null if the key held nothing)");
            value = status == Operation.Status.OK ? done.value() : null;
        } else if (status == Operation.Status.OK) {
            if (done.value() != null && !done.value().equals(inv.value()))
                throw new HistoryFormatException(source, done.line(), "the ok " + inv.f().label() + " reports value " + done.value()
                        + " but its invoke at line " + inv.line() + " has " + inv.value() + "; they must agree (or leave it out)");
            if (done.expected() != null && !done.expected().equals(inv.expected()))
                throw new HistoryFormatException(source, done.line(), "the ok cas expects " + done.expected() + " but its invoke at line "
                        + inv.line() + " expects " + inv.expected());
        }
        return new Operation(id, inv.process(), inv.f(), inv.key(), inv.expected(), value, status,
                inv.index(), done.index(), inv.time(), done.time(), inv.line(), done.line());
    }

    /** Two histories are equal when they list the same events (the operations follow from them). */
    @Override public boolean equals(Object o) {
        return o instanceof History h && events.equals(h.events);
    }

    @Override public int hashCode() { return events.hashCode(); }

    @Override public String toString() {
        return "history of " + operations.size() + " operations (" + events.size() + " events)";
    }

    /** The events in real-time order. */
    public List<HistoryEvent> events() { return events; }

    /** The operations in invoke order; {@code operations().get(i).id() == i}. */
    public List<Operation> operations() { return operations; }

    public int size() { return operations.size(); }

    /** The operations of each key, keys in order of first appearance (for per-key, P-compositional checking). */
    public Map<String, List<Operation>> byKey() {
        Map<String, List<Operation>> m = new LinkedHashMap<>();
        for (Operation o : operations) m.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    /** Number of operations with the given status. */
    public long count(Operation.Status status) {
        return operations.stream().filter(o -> o.status() == status).count();
    }

    /** The largest number of operations open at once: the concurrency the checker's search has to untangle. */
    public int maxConcurrency() {
        int open = 0, max = 0;
        int[] delta = new int[events.size() + 1];
        for (Operation o : operations) {
            delta[o.invokeIndex()]++;
            delta[o.completeIndex() < 0 ? events.size() : o.completeIndex()]--;
        }
        for (int d : delta) { open += d; max = Math.max(max, open); }
        return max;
    }
}
