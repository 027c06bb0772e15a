package brokerlab.sim;

import java.util.Arrays;

/**
 * A first-in first-out queue of ints (job or message indices) on a growable circular array: no boxing and no
 * allocation once grown, for the waiting lines of event models. Not thread-safe.
 */
public final class IntFifo {
    private int[] items = new int[16];     // length is a power of two: index with a mask, not a division
    private int head, size;

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    public void add(int x) {
        if (size == items.length) grow();
        items[(head + size++) & (items.length - 1)] = x;
    }

    /** The oldest element, not removed; the queue must not be empty. */
    public int peek() {
        if (size == 0) throw new IllegalStateException("peek on an empty IntFifo");
        return items[head];
    }

    /** Removes and returns the oldest element; the queue must not be empty. */
    public int poll() {
        if (size == 0) throw new IllegalStateException("poll on an empty IntFifo");
        int x = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return x;
    }

    private void grow() {
        int[] bigger = new int[items.length * 2];
        for (int i = 0; i < size; i++) bigger[i] = items[(head + i) & (items.length - 1)];
        items = bigger;
        head = 0;
    }

    @Override
    public String toString() {
        int[] copy = new int[size];
        for (int i = 0; i < size; i++) copy[i] = items[(head + i) & (items.length - 1)];
        return Arrays.toString(copy);
    }
}
