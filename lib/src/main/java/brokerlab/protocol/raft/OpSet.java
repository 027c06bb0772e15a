package brokerlab.protocol.raft;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of client operation numbers, for the checker's session tables. Operations are numbered 0, 1, 2, ... in arrival
 * order (a scripted scenario may inject other numbers), so a bit per number replaces a {@code HashSet<Long>}: the
 * boxed set's growth was a tenth of a Raft run's CPU time (JFR), and the answers are the same. Numbers outside
 * {@code [0, Integer.MAX_VALUE]} go to a small boxed set. Not thread-safe.
 */
final class OpSet {
    private final BitSet bits = new BitSet();
    private final Set<Long> others = new HashSet<>();

    /** Adds {@code op}; true if it was not in the set (as {@link Set#add}). */
    boolean add(long op) {
        if (op < 0 || op > Integer.MAX_VALUE) return others.add(op);
        int i = (int) op;
        if (bits.get(i)) return false;
        bits.set(i);
        return true;
    }

    void clear() {
        bits.clear();
        others.clear();
    }
}
