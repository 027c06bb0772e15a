package brokerlab.sim;

import java.util.Arrays;

/**
 * The future event list: an indexed binary min-heap over parallel primitive arrays, ordered by
 * (time, priority, scheduling order). Ties in time go to the lower priority number, then to the event
 * scheduled first, so a run is deterministic (SSJ's ordering rule). Slots are recycled through a free list
 * and the arrays only grow by doubling: no allocation per event once warmed up (bench/EngineBench).
 *
 * <p>Each scheduled event gets a handle {@code (generation << 32) | slot}; {@link #cancel} removes it in
 * O(log n) and ignores handles whose event already fired (their slot's generation moved on).
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
        int i = size++;
        heap[i] = slot;
        heapPos[slot] = i;
        siftUp(i);
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
            siftUp(heapPos[slot]);
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
            siftDown(0);
        }
    }

    private void removeAt(int i) {
        int last = --size;
        int moved = heap[last];
        heapPos[heap[i]] = -1;
        if (i != last) {
            heap[i] = moved;
            heapPos[moved] = i;
            siftDown(i);
            if (heap[i] == moved) siftUp(i);
        }
    }

    private boolean less(int a, int b) {
        double ta = time[a], tb = time[b];
        return ta < tb || (ta == tb && order[a] < order[b]);
    }

    private void siftUp(int i) {
        int slot = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(slot, p)) break;
            heap[i] = p;
            heapPos[p] = i;
            i = parent;
        }
        heap[i] = slot;
        heapPos[slot] = i;
    }

    private void siftDown(int i) {
        int slot = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && less(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!less(c, slot)) break;
            heap[i] = c;
            heapPos[c] = i;
            i = child;
        }
        heap[i] = slot;
        heapPos[slot] = i;
    }
}
