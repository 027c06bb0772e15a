package brokerlab.model.dispatch;

/** A FIFO of int ids on a growable circular array: no boxing, no allocation once grown. */
final class IntFifo {
    private int[] items = new int[16];
    private int head, size;

    int size() { return size; }
    boolean isEmpty() { return size == 0; }

    void add(int x) {
        if (size == items.length) {
            int[] bigger = new int[items.length * 2];
            for (int i = 0; i < size; i++) bigger[i] = items[(head + i) % items.length];
            items = bigger;
            head = 0;
        }
        items[(head + size++) % items.length] = x;
    }

    /** Removes and returns the oldest id; the queue must not be empty. */
    int poll() {
        int x = items[head];
        head = (head + 1) % items.length;
        size--;
        return x;
    }
}
