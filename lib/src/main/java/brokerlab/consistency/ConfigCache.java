package brokerlab.consistency;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Lowe's memo table ("Testing for linearizability", 2017): the set of search configurations already explored,
 * each a pair (set of linearised operations, register value). A configuration met again leads where it led
 * before, so the search skips it. Stored compactly, because the linearised set is almost always "every operation
 * below {@code floor} plus a few above it" (operations are numbered in invoke order and linearise roughly in that
 * order): each entry is {@code [value, floor, k, k ids above floor]} in one int pool, found by open addressing on
 * a 64-bit Zobrist hash of the set mixed with the value. Equal hashes are compared in full, so a hash
 * collision can never merge two different configurations.
 */
final class ConfigCache {
    private long[] hashes = new long[1 << 12];
    private int[] offsets = new int[1 << 12];
    private int[] pool = new int[1 << 14];
    private int poolSize, size;

    /** Adds the configuration (bits of {@code linearised}, lowest clear bit {@code floor}, {@code value}); false if present. */
    boolean addIfAbsent(long hash, BitSet linearised, int floor, int value) {
        long h = hash == 0 ? 1 : hash;
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h && equal(offsets[i], linearised, floor, value)) return false;
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        offsets[i] = append(linearised, floor, value);
        if (++size * 2 > hashes.length) grow();
        return true;
    }

    int size() { return size; }

    private boolean equal(int off, BitSet lin, int floor, int value) {
        if (pool[off] != value || pool[off + 1] != floor) return false;
        int k = pool[off + 2];
        int bit = lin.nextSetBit(floor + 1);
        for (int j = 0; j < k; j++) {
            if (bit != pool[off + 3 + j]) return false;
            bit = lin.nextSetBit(bit + 1);
        }
        return bit < 0;
    }

    private int append(BitSet lin, int floor, int value) {
        int off = poolSize;
        ensure(off + 3);
        pool[off] = value;
        pool[off + 1] = floor;
        int k = 0;
        for (int bit = lin.nextSetBit(floor + 1); bit >= 0; bit = lin.nextSetBit(bit + 1)) {
            ensure(off + 4 + k);
            pool[off + 3 + k++] = bit;
        }
        pool[off + 2] = k;
        poolSize = off + 3 + k;
        return off;
    }

    private void ensure(int length) {
        if (length > pool.length) pool = Arrays.copyOf(pool, Math.max(length, pool.length * 2));
    }

    private void grow() {
        long[] oldH = hashes;
        int[] oldO = offsets;
        hashes = new long[oldH.length * 2];
        offsets = new int[oldH.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldH.length; j++) {
            long h = oldH[j];
            if (h == 0) continue;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (hashes[i] != 0) i = (i + 1) & mask;
            hashes[i] = h;
            offsets[i] = oldO[j];
        }
    }
}
