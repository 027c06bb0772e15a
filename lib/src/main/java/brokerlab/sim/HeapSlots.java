package brokerlab.sim;

/**
 * {@link SlotEventList} on the general {@link EventQueue} (every event at priority 0, the slot as its type): the
 * reference implementation. A model run on it and on {@link SlotEventList#of} must give identical numbers, which
 * the model tests check; it is never the fastest choice.
 */
final class HeapSlots extends SlotEventList {
    private final EventQueue queue = new EventQueue(16);
    private final long[] handle;
    private final boolean[] pending;

    HeapSlots(int slots) {
        handle = new long[slots];
        pending = new boolean[slots];
    }

    @Override public int slots() { return handle.length; }

    @Override public boolean pending(int slot) { return pending[slot]; }

    @Override
    void put(int slot, double at) {
        cancel(slot);
        handle[slot] = queue.add(at, 0, slot, 0, null);
        pending[slot] = true;
    }

    @Override
    public void cancel(int slot) {
        if (pending[slot]) queue.cancel(handle[slot]);
        pending[slot] = false;
    }

    @Override
    public int poll() {
        if (queue.isEmpty()) return -1;
        int s = queue.pollSlot();
        now = queue.timeOf(s);
        int slot = queue.typeOf(s);
        queue.release(s);
        pending[slot] = false;
        return slot;
    }
}
