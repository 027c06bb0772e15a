package brokerlab.consistency;

import java.util.Locale;

/**
 * The four event types of a client history (Jepsen's vocabulary): a process {@code invoke}s an operation, which
 * completes as {@code ok} (it took effect, with this result), {@code fail} (it certainly did not take effect,
 * e.g. a compare-and-set whose comparison failed, or a request refused before it reached any replica) or
 * {@code info} (the client does not know: a timeout or a crash; the operation may take effect at any later time,
 * or never).
 */
public enum EventType {
    INVOKE, OK, FAIL, INFO;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    static EventType parse(String label) {
        for (EventType t : values()) if (t.label().equals(label)) return t;
        return null;
    }
}
