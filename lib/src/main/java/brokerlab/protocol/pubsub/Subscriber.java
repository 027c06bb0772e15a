package brokerlab.protocol.pubsub;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one subscriber saw of a topic: every message delivered to it, in order. Counts a delivery of a message it
 * already had as a duplicate, a first delivery of a message after one the producer sent later as reordered (the
 * producer numbers its messages in sending order), and the longest stretch without a delivery while messages were
 * being produced (the failover as this subscriber lived it). Messages are lost to it when acknowledged to the
 * producer and never delivered ({@link #lost}).
 */
final class Subscriber {
    private final Set<Long> seen = new HashSet<>();
    private long newest = -1, duplicates, reordered;
    private double last, longestGap;

    /** Starts watching the gaps at {@code now} (the start of the measured window). */
    Subscriber(double now) {
        last = now;
    }

    /** Messages {@code ops} arrive now, in log order. */
    void deliver(List<Long> ops, double now) {
        if (ops.isEmpty()) return;
        longestGap = Math.max(longestGap, now - last);
        last = now;
        for (long op : ops) {
            if (!seen.add(op)) { duplicates++; continue; }
            if (op < newest) reordered++;
            newest = Math.max(newest, op);
        }
    }

    /** Closes the window at {@code end}: a subscriber still waiting then has waited since its last delivery. */
    void close(double end) {
        longestGap = Math.max(longestGap, end - last);
    }

    /** Acknowledged messages this subscriber never received. */
    long lost(Set<Long> acknowledged) {
        long n = 0;
        for (long op : acknowledged) if (!seen.contains(op)) n++;
        return n;
    }

    long duplicates() { return duplicates; }
    long reordered() { return reordered; }
    double longestGap() { return longestGap; }
}
