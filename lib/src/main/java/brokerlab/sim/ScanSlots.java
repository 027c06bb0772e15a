package brokerlab.sim;

import java.util.Arrays;

/**
 * {@link SlotEventList} by linear scan: scheduling writes two array cells, polling compares every slot. At a
 * handful of slots the scan's few predictable loads beat a heap's sift (EventListBench); above
 * {@link SlotEventList#SCAN_LIMIT} the {@link TournamentSlots} take over.
 */
final class ScanSlots extends SlotEventList {
    static final long IDLE = Long.MAX_VALUE;
    private final double[] time;
    private final long[] order;      // scheduling sequence, IDLE when nothing is pending
    private long sequence;

    ScanSlots(int slots) {
        time = new double[slots];
        order = new long[slots];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        Arrays.fill(order, IDLE);
    }

    @Override public int slots() { return time.length; }

    @Override public boolean pending(int slot) { return order[slot] != IDLE; }

    @Override
    void put(int slot, double at) {
        time[slot] = at;
        order[slot] = sequence++;
    }

    @Override
    public void cancel(int slot) {
        time[slot] = Double.POSITIVE_INFINITY;
        order[slot] = IDLE;
    }

    @Override
    public int poll() {
        int best = 0;
        double bestTime = time[0];
        long bestOrder = order[0];
        for (int i = 1; i < time.length; i++) {
            double t = time[i];
            if (t < bestTime || (t == bestTime && order[i] < bestOrder)) {
                best = i;
                bestTime = t;
                bestOrder = order[i];
            }
        }
        if (bestOrder == IDLE) return -1;    // idle slots sort last: (+inf, IDLE)
        now = bestTime;
        cancel(best);
        return best;
    }
}
