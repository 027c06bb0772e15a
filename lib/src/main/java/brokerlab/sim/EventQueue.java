package brokerlab.sim;

import java.util.Arrays;

/**
 * The future event list: an indexed 4-ary min-heap over parallel primitive arrays, ordered by
 * (time, priority, scheduling order). Ties in time go to the lower priority number, then to the event
 * scheduled first, so a run is deterministic (SSJ's ordering rule). Slots are recycled through a free list
 * and the arrays only grow by doubling: no allocation per event once warmed up (bench/EngineBench).
 *
 * <p>Each scheduled event gets a handle {@code (generation << 32) | slot}; {@link #cancel} removes it in
 * O(log n) and ignores handles whose event already fired (their slot's generation moved on).
 *
 * <p>Why 4-ary, with each entry's key stored beside it in the heap: in the protocol models most new events
 * (a delivery, a CPU step, a disk write) are due sooner than the timers that fill the heap, so they sift up
 * through most of it, and a binary heap that looked each key up through its slot spent a third of a Raft or
 * pub/sub run there (JFR). Half the levels, and compares on adjacent memory: the CPU time of a Raft run
 * (5 nodes, 20 s) fell by 11% and of a pub/sub failover run by 14% (medians of the per-pair ratios, 8
 * interleaved JVM pairs, 2026-12-07); an 8-ary heap was no faster. Every seeded result is unchanged: the
 * order is total, so any correct heap fires the same sequence (EventQueueTest holds it to a reference).
 */
public final class EventQueue {
    private double[] time;
    private long[] order;       // priority in the high bits, sequence number in the low 40 bits
    private int[] type;
    private int[] payload;
    private Object[] action;    // a closure event's Runnable, a targeted event's EventHandler, else null
    private int[] generation;
    private int[] heapPos;      // slot -> index in heap, -1 when free
    private int[] heap;         // heap index -> slot
    private double[] heapTime;  // heap index -> the slot's heap key (time, order), beside it for the sift's compares
    private long[] heapOrder;
    private boolean[] late;     // postponed in place: the true key is (lateTime, lateOrder), the heap key is earlier
    private double[] lateTime;
    private long[] lateOrder;
    private int size;
    private int[] free;
    private int freeCount;
    private int slotsUsed;
    private long sequence;

    static final int PRIORITY_BITS = 23;
    static final long SEQUENCE_MASK = (1L << 40) - 1;

    public EventQueue() {
        this(64);
    }

    public EventQueue(int initialCapacity) {
        int n = Math.max(4, initialCapacity);
        time = new double[n];
        order = new long[n];
        type = new int[n];
        payload = new int[n];
        action = new Object[n];
        generation = new int[n];
        heapPos = new int[n];
        heap = new int[n];
        heapTime = new double[n];
        heapOrder = new long[n];
        free = new int[n];
        late = new boolean[n];
        lateTime = new double[n];
        lateOrder = new long[n];
        Arrays.fill(heapPos, -1);
    }

    public boolean isEmpty() { return size == 0; }
    public int size() { return size; }

    /** Time of the next event; +infinity when empty. */
    public double peekTime() {
        settle();
        return size == 0 ? Double.POSITIVE_INFINITY : time[heap[0]];
    }

    /** Adds an event and returns its handle. Priority must be in [0, 2^23); lower fires first at equal times. */
    public long add(double at, int priority, int eventType, int eventPayload, Object closure) {
        if (priority < 0 || priority >= (1 << PRIORITY_BITS))
            throw new IllegalArgumentException("priority = " + priority + " is invalid: it must be in [0, 8388607]");
        int slot = freeCount > 0 ? free[--freeCount] : newSlot();
        time[slot] = at;
        order[slot] = ((long) priority << 40) | (sequence++ & SEQUENCE_MASK);
        type[slot] = eventType;
        payload[slot] = eventPayload;
        action[slot] = closure;
        late[slot] = false;
        siftUp(size++, slot, at, order[slot]);
        return ((long) generation[slot] << 32) | slot;
    }

    private int newSlot() {
        if (slotsUsed == time.length) grow();
        return slotsUsed++;
    }

    private void grow() {
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        order = Arrays.copyOf(order, n);
        type = Arrays.copyOf(type, n);
        payload = Arrays.copyOf(payload, n);
        action = Arrays.copyOf(action, n);
        generation = Arrays.copyOf(generation, n);
        int old = heapPos.length;
        heapPos = Arrays.copyOf(heapPos, n);
        Arrays.fill(heapPos, old, n, -1);
        heap = Arrays.copyOf(heap, n);
        heapTime = Arrays.copyOf(heapTime, n);
        heapOrder = Arrays.copyOf(heapOrder, n);
        free = Arrays.copyOf(free, n);
        late = Arrays.copyOf(late, n);
        lateTime = Arrays.copyOf(lateTime, n);
        lateOrder = Arrays.copyOf(lateOrder, n);
    }

    /** Removes the event with this handle if it is still pending; returns whether it was. */
    public boolean cancel(long handle) {
        int slot = (int) handle;
        int gen = (int) (handle >>> 32);
        if (slot < 0 || slot >= slotsUsed || generation[slot] != gen || heapPos[slot] < 0) return false;
        removeAt(heapPos[slot]);
        release(slot);
        return true;
    }

    /**
     * Exactly {@code cancel(handle)} followed by {@code add(at, priority, eventType, eventPayload, closure)}, in at
     * most one sift instead of a removal and an insertion (none when the event moves later: see {@link #settle}): the event gets the next sequence number, as the insertion would,
     * so the firing order is the same (the order is total on (time, priority, sequence)); the old handle dies and
     * the new one is returned. A handle that is no longer pending (fired, cancelled, or -1) just adds the event.
     * For timers that are pushed back on every message (election timeouts, client retries).
     */
    public long reschedule(long handle, double at, int priority, int eventType, int eventPayload, Object closure) {
        int slot = (int) handle;
        if (handle < 0 || slot >= slotsUsed || generation[slot] != (int) (handle >>> 32) || heapPos[slot] < 0)
            return add(at, priority, eventType, eventPayload, closure);
        if (priority < 0 || priority >= (1 << PRIORITY_BITS))
            throw new IllegalArgumentException("priority = " + priority + " is invalid: it must be in [0, 8388607]");
        generation[slot]++;
        long o = ((long) priority << 40) | (sequence++ & SEQUENCE_MASK);
        type[slot] = eventType;
        payload[slot] = eventPayload;
        action[slot] = closure;
        if (at > time[slot] || (at == time[slot] && o > order[slot])) {
            // later than its place in the heap (a timer pushed back): note the true key and leave the heap alone;
            // settle() moves it down when it reaches the top, so it still fires in (time, priority, sequence) order
            late[slot] = true;
            lateTime[slot] = at;
            lateOrder[slot] = o;
        } else {
            late[slot] = false;
            time[slot] = at;
            order[slot] = o;
            siftUp(heapPos[slot], slot, at, o);
        }
        return ((long) generation[slot] << 32) | slot;
    }

    /** The closure or handler of the pending event with this handle; null if it is not pending (or has none). */
    public Object pendingAction(long handle) {
        int slot = (int) handle;
        if (handle < 0 || slot >= slotsUsed || generation[slot] != (int) (handle >>> 32) || heapPos[slot] < 0) return null;
        return action[slot];
    }

    /** Slot of the earliest event, removed from the heap; caller reads its fields then calls {@link #release}. */
    int pollSlot() {
        settle();
        int slot = heap[0];
        removeAt(0);
        return slot;
    }

    double timeOf(int slot) { return time[slot]; }
    int typeOf(int slot) { return type[slot]; }
    int payloadOf(int slot) { return payload[slot]; }
    Object actionOf(int slot) { return action[slot]; }

    void release(int slot) {
        action[slot] = null;
        late[slot] = false;
        generation[slot]++;
        heapPos[slot] = -1;
        free[freeCount++] = slot;
    }

    /** Drops every pending event. */
    public void clear() {
        while (size > 0) release(pollSlot());
    }

    /**
     * Until the top event is at its true key: a postponed event that reached the top takes its real (later) key
     * and sinks. Every other event's heap key is at most its true key, so the top is then the earliest event.
     */
    private void settle() {
        while (size > 0) {
            int slot = heap[0];
            if (!late[slot]) return;
            late[slot] = false;
            time[slot] = lateTime[slot];
            order[slot] = lateOrder[slot];
            siftDown(0, slot, time[slot], order[slot]);
        }
    }

    private void removeAt(int i) {
        int last = --size;
        heapPos[heap[i]] = -1;
        if (i != last) {
            int moved = heap[last];
            double t = heapTime[last];
            long o = heapOrder[last];
            if (i > 0 && before(t, o, heapTime[(i - 1) >>> 2], heapOrder[(i - 1) >>> 2])) siftUp(i, moved, t, o);
            else siftDown(i, moved, t, o);
        }
    }

    /** (t1, o1) fires before (t2, o2): the order is total, since no two events share a sequence number. */
    private static boolean before(double t1, long o1, double t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    /** Places slot with heap key (t, o) at hole i or above it. */
    private void siftUp(int i, int slot, double t, long o) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            double pt = heapTime[parent];
            if (t > pt || (t == pt && o > heapOrder[parent])) break;
            move(parent, i);
            i = parent;
        }
        place(i, slot, t, o);
    }

    /** Places slot with heap key (t, o) at hole i or below it. */
    private void siftDown(int i, int slot, double t, long o) {
        int n = size;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) break;
            int best = first;
            double bt = heapTime[first];
            long bo = heapOrder[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                double ct = heapTime[c];
                if (ct < bt || (ct == bt && heapOrder[c] < bo)) {
                    best = c;
                    bt = ct;
                    bo = heapOrder[c];
                }
            }
            if (!before(bt, bo, t, o)) break;
            move(best, i);
            i = best;
        }
        place(i, slot, t, o);
    }

    private void move(int from, int to) {
        int s = heap[from];
        heap[to] = s;
        heapTime[to] = heapTime[from];
        heapOrder[to] = heapOrder[from];
        heapPos[s] = to;
    }

    private void place(int i, int slot, double t, long o) {
        heap[i] = slot;
        heapTime[i] = t;
        heapOrder[i] = o;
        heapPos[slot] = i;
    }
}
