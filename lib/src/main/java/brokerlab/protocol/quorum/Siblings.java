package brokerlab.protocol.quorum;

import java.util.ArrayList;
import java.util.List;

/**
 * Reconciliation of the versions of one key, as replicas and coordinators do it. Under last-writer-wins the
 * result is the single newest version; under vector clocks it is every version that no other version descends
 * from (the concurrent "siblings"), without duplicates. Both are commutative, associative and idempotent, so
 * replicas that saw the same versions in any order hold the same set.
 */
final class Siblings {
    private Siblings() {}

    /** {@code current} reconciled with {@code incoming} (neither is modified). */
    static List<Version> merge(List<Version> current, List<Version> incoming, Versioning mode) {
        List<Version> out = new ArrayList<>(current);
        for (Version v : incoming) add(out, v, mode);
        return List.copyOf(out);
    }

    private static void add(List<Version> set, Version v, Versioning mode) {
        if (mode == Versioning.LAST_WRITER_WINS) {
            if (set.isEmpty() || v.newerThan(set.get(0))) { set.clear(); set.add(v); }
            return;
        }
        for (Version s : set) if (s.writeId() == v.writeId() || s.descendsFrom(v)) return;
        set.removeIf(s -> v.descendsFrom(s));
        set.add(v);
    }

    /** Entry-wise maximum of the clocks: the context a client writes back to supersede all of them. */
    static int[] context(List<Version> versions, int nodes) {
        int[] c = new int[nodes];
        for (Version v : versions) for (int i = 0; i < nodes; i++) c[i] = Math.max(c[i], v.clockEntry(i));
        return c;
    }

    /** The version a client shows when it must pick one: the newest by timestamp (null if none). */
    static Version newest(List<Version> versions) {
        Version best = null;
        for (Version v : versions) if (best == null || v.newerThan(best)) best = v;
        return best;
    }

    /** Same versions, in any order? */
    static boolean same(List<Version> a, List<Version> b) {
        if (a.size() != b.size()) return false;
        for (Version x : a) {
            boolean found = false;
            for (Version y : b) if (x.writeId() == y.writeId()) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }
}
