package brokerlab.protocol.quorum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One server's state: the versions of the keys it stores as a home replica, the hinted versions it keeps for
 * unreachable homes (answered on reads too, as a fallback replica does), which peers it suspects and until when,
 * and its vector-clock counter. Storage and the counter survive crashes (writes are acknowledged only after a
 * forced write); suspicions are volatile.
 */
final class Replica {
    final int id;
    private final Versioning mode;
    private final Map<Integer, List<Version>> data = new HashMap<>();
    private final Map<Integer, Map<Integer, List<Version>>> hints = new TreeMap<>();   // home -> key -> versions
    private final double[] suspectedUntil;
    private int counter;

    Replica(int id, int nodes, Versioning mode) {
        this.id = id;
        this.mode = mode;
        suspectedUntil = new double[nodes];
    }

    /** Stores {@code versions} of {@code key}, as a hint for {@code hintFor} when it is >= 0. */
    void store(int key, List<Version> versions, int hintFor) {
        Map<Integer, List<Version>> target = hintFor >= 0 ? hints.computeIfAbsent(hintFor, h -> new TreeMap<>()) : data;
        target.put(key, Siblings.merge(target.getOrDefault(key, List.of()), versions, mode));
    }

    /** What this server answers for {@code key}: its own versions reconciled with any it holds as hints. */
    List<Version> read(int key) {
        List<Version> out = data.getOrDefault(key, List.of());
        for (Map<Integer, List<Version>> h : hints.values()) {
            List<Version> v = h.get(key);
            if (v != null) out = Siblings.merge(out, v, mode);
        }
        return out;
    }

    /** The next clock entry for a write this server coordinates (strictly above any it issued before). */
    int tick() { return ++counter; }

    /** Homes this server holds hints for. */
    Set<Integer> hintedHomes() { return hints.keySet(); }

    /** A copy of the hints for {@code home}: key -> versions. */
    Map<Integer, List<Version>> hintsFor(int home) {
        return new TreeMap<>(hints.getOrDefault(home, Map.of()));
    }

    /** Forgets the handed-off versions (by write id) of {@code home}'s hints; newer hints stay. */
    void handedOff(int home, Map<Integer, List<Version>> sent) {
        Map<Integer, List<Version>> h = hints.get(home);
        if (h == null) return;
        sent.forEach((key, versions) -> {
            List<Version> left = new ArrayList<>(h.getOrDefault(key, List.of()));
            left.removeIf(v -> versions.stream().anyMatch(s -> s.writeId() == v.writeId()));
            if (left.isEmpty()) h.remove(key); else h.put(key, List.copyOf(left));
        });
        if (h.isEmpty()) hints.remove(home);
    }

    boolean suspects(int peer, double now) { return peer != id && suspectedUntil[peer] > now; }

    void suspect(int peer, double until) { if (peer != id) suspectedUntil[peer] = Math.max(suspectedUntil[peer], until); }

    /** After a crash the failure detector starts afresh. */
    void forgetSuspicions() { java.util.Arrays.fill(suspectedUntil, 0); }

    int hintCount() {
        int c = 0;
        for (Map<Integer, List<Version>> h : hints.values()) for (List<Version> v : h.values()) c += v.size();
        return c;
    }
}
