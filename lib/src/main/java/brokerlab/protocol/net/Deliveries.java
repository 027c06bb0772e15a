package brokerlab.protocol.net;

import brokerlab.sim.Slots;

import java.util.Arrays;

/**
 * The messages in flight (or the forced writes pending) of a {@link Network} as rows of parallel arrays: sender,
 * receiver, kind, id, the receiver's epoch when its CPU took the message, and the action to run on delivery.
 * Rows are recycled ({@link Slots}), so the arrays grow only to the most items pending at once and nothing is
 * allocated per message. Not thread-safe.
 */
final class Deliveries {
    private final Slots slots = new Slots();
    private int[] from = new int[64], to = new int[64], epoch = new int[64];
    private long[] id = new long[64];
    private String[] kind = new String[64];
    private Runnable[] action = new Runnable[64];

    /** A new row; returns its slot, valid until {@link #remove}. */
    int add(int sender, int receiver, String messageKind, long messageId, Runnable onDelivery) {
        int s = slots.take();
        if (s == from.length) grow();
        from[s] = sender;
        to[s] = receiver;
        kind[s] = messageKind;
        id[s] = messageId;
        action[s] = onDelivery;
        return s;
    }

    int from(int s) { return from[s]; }
    int to(int s) { return to[s]; }
    String kind(int s) { return kind[s]; }
    long id(int s) { return id[s]; }
    int epoch(int s) { return epoch[s]; }
    void epoch(int s, int e) { epoch[s] = e; }

    /** Frees the row (its references are cleared) and returns its action. */
    Runnable remove(int s) {
        Runnable a = action[s];
        action[s] = null;
        kind[s] = null;
        slots.give(s);
        return a;
    }

    private void grow() {
        int n = 2 * from.length;
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        epoch = Arrays.copyOf(epoch, n);
        id = Arrays.copyOf(id, n);
        kind = Arrays.copyOf(kind, n);
        action = Arrays.copyOf(action, n);
    }
}
