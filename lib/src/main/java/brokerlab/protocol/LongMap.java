package brokerlab.protocol;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A map from {@code long} keys (client operation numbers, log indices) to objects: open addressing with linear
 * probing over primitive key arrays, deletion by backward shift, no boxed key or entry node per put. It replaces a
 * {@code HashMap<Long, V>} on a protocol run's hottest path (JFR: the boxed map's put and remove of the client's
 * pending requests were among a Raft run's hottest lines); lookups answer exactly as that map did. Not thread-safe.
 *
 * @param <V> the value type; null values are not stored (a null from {@link #get} means absent)
 */
public final class LongMap<V> {
    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private int size;

    public int size() { return size; }

    /** The value for {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int i = find(key);
        return i < 0 ? null : (V) values[i];
    }

    public boolean containsKey(long key) { return find(key) >= 0; }

    /** Maps {@code key} to {@code value} (not null), replacing any earlier value. */
    public void put(long key, V value) {
        if (value == null) throw new IllegalArgumentException("value = null is invalid: LongMap stores no nulls; use remove");
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] == null) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) grow();
                return;
            }
            if (keys[i] == key) { values[i] = value; return; }
        }
    }

    /** Removes {@code key}; returns its value, or null if it was absent. */
    @SuppressWarnings("unchecked")
    public V remove(long key) {
        int i = find(key);
        if (i < 0) return null;
        V old = (V) values[i];
        size--;
        // backward shift: move later members of the probe run into the hole, so lookups need no tombstones
        int mask = keys.length - 1, hole = i;
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = null;
        return old;
    }

    /** Removes every key. */
    public void clear() {
        Arrays.fill(values, null);
        size = 0;
    }

    /** Calls {@code action} with every value, in ascending key order. */
    @SuppressWarnings("unchecked")
    public void forEachInKeyOrder(Consumer<? super V> action) {
        long[] k = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) if (values[i] != null) k[n++] = keys[i];
        Arrays.sort(k);
        for (long key : k) action.accept(get(key));
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) if (keys[i] == key) return i;
        return -1;
    }

    /** Fibonacci hashing: consecutive keys (operations 0, 1, 2, ...) spread over the table. */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private void grow() {
        long[] k = keys;
        Object[] v = values;
        keys = new long[2 * k.length];
        values = new Object[2 * k.length];
        int mask = keys.length - 1;
        for (int j = 0; j < k.length; j++) {
            if (v[j] == null) continue;
            int i = slot(k[j], mask);
            while (values[i] != null) i = (i + 1) & mask;
            keys[i] = k[j];
            values[i] = v[j];
        }
    }
}
