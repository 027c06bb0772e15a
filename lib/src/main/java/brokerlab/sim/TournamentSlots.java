package brokerlab.sim;

import java.util.Arrays;

/**
 * {@link SlotEventList} as a tournament (winner) tree over the slots, padded to a power of two: each inner node
 * holds the earlier of its two children's events, the root the earliest of all. Scheduling, cancelling or firing a
 * slot replays the log2(slots) matches on its path to the root; nothing is allocated. Beats the scan above
 * {@link SlotEventList#SCAN_LIMIT} slots and the general heap at every size (EventListBench): one fixed path, no
 * sift in both directions, no handles.
 */
final class TournamentSlots extends SlotEventList {
    private final int slots, leaves;
    private final double[] time;     // per leaf; padding leaves stay idle
    private final long[] order;      // scheduling sequence, ScanSlots.IDLE when nothing is pending
    private final int[] winner;      // inner node k (1 .. leaves − 1): the leaf winning its subtree; root at 1
    private long sequence;
    private int stale = -1;          // a slot fired by poll() whose path is not replayed yet (see poll)

    TournamentSlots(int slots) {
        this.slots = slots;
        this.leaves = Math.max(2, Integer.highestOneBit(slots - 1) << 1);
        time = new double[leaves];
        order = new long[leaves];
        winner = new int[leaves];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        Arrays.fill(order, ScanSlots.IDLE);
        for (int leaf = 0; leaf < leaves; leaf += 2) replay(leaf);
    }

    @Override public int slots() { return slots; }

    @Override public boolean pending(int slot) { return order[slot] != ScanSlots.IDLE; }

    @Override
    void put(int slot, double at) {
        if (stale != slot) flush();
        stale = -1;
        time[slot] = at;
        order[slot] = sequence++;
        replay(slot);
    }

    @Override
    public void cancel(int slot) {
        flush();
        time[slot] = Double.POSITIVE_INFINITY;
        order[slot] = ScanSlots.IDLE;
        replay(slot);
    }

    /**
     * Fires the root's slot but replays its path lazily: a station usually reschedules the slot it just fired (the
     * next arrival, the next job on the server), and then one replay serves both changes.
     */
    @Override
    public int poll() {
        flush();
        int best = winner[1];
        if (order[best] == ScanSlots.IDLE) return -1;
        now = time[best];
        time[best] = Double.POSITIVE_INFINITY;
        order[best] = ScanSlots.IDLE;
        stale = best;
        return best;
    }

    private void flush() {
        if (stale >= 0) {
            replay(stale);
            stale = -1;
        }
    }

    /** Replays the matches from leaf's parent up to the root. */
    private void replay(int leaf) {
        int node = (leaf + leaves) >>> 1;
        int a = leaf & ~1, b = a + 1;                     // the two leaves under the first node
        while (true) {
            winner[node] = earlier(a, b);
            if (node == 1) return;
            int sibling = node ^ 1;
            a = winner[node];
            b = winner[sibling];
            node >>>= 1;
        }
    }

    private int earlier(int a, int b) {
        double ta = time[a], tb = time[b];
        return tb < ta || (tb == ta && order[b] < order[a]) ? b : a;
    }
}
