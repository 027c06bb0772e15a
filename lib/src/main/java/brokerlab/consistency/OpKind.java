package brokerlab.consistency;

import java.util.Locale;

/**
 * What a client asked a register (or one key of a key-value map) to do: {@code read} returns the current value,
 * {@code write} replaces it, {@code cas} (compare-and-set) replaces it only if it equals an expected value.
 * The names are those of the history format ({@link HistoryFile}), as in Jepsen's register workloads.
 */
public enum OpKind {
    READ, WRITE, CAS;

    /** The name used in history files: {@code read}, {@code write} or {@code cas}. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** The kind named {@code label}, or null if there is none (the caller reports the line). */
    static OpKind parse(String label) {
        for (OpKind k : values()) if (k.label().equals(label)) return k;
        return null;
    }
}
