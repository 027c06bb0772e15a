package brokerlab.model.broker;

/** A first-in first-out queue of message or group indices on a growable circular int array (no boxing). */
final class IntQueue {
    private int[] items = new int[64];
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

    int peek() { return items[head]; }

    int poll() {
        int x = items[head];
        head = (head + 1) % items.length;
        size--;
        return x;
    }
}
