package brokerlab.consistency;

import java.util.BitSet;
import java.util.TreeSet;

/**
 * The search for a linearisation of one key's history: Wing and Gong's backtracking over the entry list
 * ("Testing and verifying concurrent objects", 1993) in Lowe's just-in-time form with a memo table of
 * configurations ("Testing for linearizability", 2017), as Knossos and Porcupine implement it. At each step the
 * candidates are the call entries before the first return entry in the list (operations whose every real-time
 * predecessor is already linearised); linearising one removes ("lifts") its call and return from the list in
 * O(1), dancing-links style, and reaching a return entry means that operation can no longer be placed, so the
 * search backtracks.
 *
 * <p>One more pruning, sound for observers (operations that never change the register: reads): if a read is a
 * candidate and returns the current value, linearising it first is always safe (any linearisation that places it
 * later can move it here: its real-time predecessors are already placed and it changes nothing), so it is
 * forced, with no alternative to try; when the search backtracks over a forced read, the configuration before it
 * has no completion either, and the search keeps backtracking.
 *
 * <p>Not thread-safe; one instance per problem. Every new configuration is charged to the {@link BudgetMeter}.
 */
final class LinearizationSearch {
    enum Outcome { LINEARIZABLE, NOT_LINEARIZABLE, OUT_OF_BUDGET }

    private final RegisterProblem p;
    private final BudgetMeter meter;
    private final int head, tail;
    private final int[] next, prev;
    private final long[] zobrist;
    private final BitSet linearised;
    private final ConfigCache cache = new ConfigCache();
    private final int[] stackOp, stackState;
    private final boolean[] stackForced;
    private int sp, state, floor, remaining;
    private long hash;

    LinearizationSearch(RegisterProblem p, BudgetMeter meter) {
        this.p = p;
        this.meter = meter;
        head = p.entries;
        tail = p.entries + 1;
        next = new int[p.entries + 2];
        prev = new int[p.entries + 2];
        for (int e = 0; e < p.entries; e++) {
            next[e] = e + 1 == p.entries ? tail : e + 1;
            prev[e] = e == 0 ? head : e - 1;
        }
        next[head] = p.entries == 0 ? tail : 0;
        prev[tail] = p.entries == 0 ? head : p.entries - 1;
        zobrist = new long[p.n];
        long z = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < p.n; i++) zobrist[i] = z = mix(z + 0x9E3779B97F4A7C15L);
        linearised = new BitSet(p.n);
        stackOp = new int[p.n];
        stackState = new int[p.n];
        stackForced = new boolean[p.n];
        remaining = p.determinate;
    }

    /** Is there a linearisation of every determinate operation (and any subset of the pending ones)? */
    Outcome first() {
        return search(null);
    }

    /**
     * Every register value a linearisation of all determinate operations (and any subset of the pending ones) can
     * end in, as interned codes; null when the budget ran out first.
     */
    TreeSet<Integer> reachableValues() {
        TreeSet<Integer> out = new TreeSet<>();
        return search(out) == Outcome.OUT_OF_BUDGET ? null : out;
    }

    private Outcome search(TreeSet<Integer> collect) {
        Outcome exhausted = collect != null ? Outcome.LINEARIZABLE : Outcome.NOT_LINEARIZABLE;
        long steps = 0;
        boolean fresh = true;    // at a configuration not scanned yet
        int e = next[head];
        while (true) {
            if ((++steps & 1023) == 0 && meter.timeUp()) return Outcome.OUT_OF_BUDGET;
            if (fresh) {
                fresh = false;
                if (remaining == 0) {
                    if (collect == null) return Outcome.LINEARIZABLE;
                    collect.add(state);
                }
                int read = legalCandidateRead();
                if (read >= 0) {
                    int got = tryLift(read, state, true);
                    if (got == -2) return Outcome.OUT_OF_BUDGET;
                    if (got == 1) { fresh = true; continue; }
                    e = backtrack();                 // seen before: this configuration has no completion
                    if (e == -1) return exhausted;
                    continue;
                }
                e = next[head];
            }
            if (e == tail || !p.entryIsCall[e]) {    // an operation that can no longer be placed
                e = backtrack();
                if (e == -1) return exhausted;
                continue;
            }
            int op = p.entryOp[e];
            int after = p.kind[op] == RegisterProblem.READ ? -1 : p.step(state, op);   // a legal read would have been forced
            if (after >= 0) {
                int got = tryLift(op, after, false);
                if (got == -2) return Outcome.OUT_OF_BUDGET;
                if (got == 1) { fresh = true; continue; }
            }
            e = next[e];
        }
    }

    /** A candidate read returning the current value (its operation number), or -1. */
    private int legalCandidateRead() {
        for (int x = next[head]; x != tail && p.entryIsCall[x]; x = next[x]) {
            int op = p.entryOp[x];
            if (p.kind[op] == RegisterProblem.READ && p.a[op] == state) return op;
        }
        return -1;
    }

    /** 1 lifted, 0 configuration seen before, -2 out of budget. */
    private int tryLift(int op, int after, boolean forced) {
        long h = hash ^ zobrist[op];
        int oldFloor = floor;
        linearised.set(op);
        if (op == floor) floor = linearised.nextClearBit(op + 1);
        if (!cache.addIfAbsent(h ^ mix(after + 0x632BE59BD9B4E019L), linearised, floor, after)) {
            linearised.clear(op);
            floor = oldFloor;
            return 0;
        }
        if (!meter.charge()) return -2;
        stackOp[sp] = op;
        stackState[sp] = state;
        stackForced[sp++] = forced;
        hash = h;
        state = after;
        lift(op);
        if (op < p.determinate) remaining--;
        return 1;
    }

    /** Undoes moves until one that was a free choice; returns the entry after it, or -1 when nothing is left. */
    private int backtrack() {
        while (sp > 0) {
            int op = stackOp[--sp];
            unlift(op);
            linearised.clear(op);
            hash ^= zobrist[op];
            floor = Math.min(floor, op);
            state = stackState[sp];
            if (op < p.determinate) remaining++;
            if (!stackForced[sp]) return next[p.callEntry[op]];
        }
        return -1;
    }

    private void lift(int op) {
        int c = p.callEntry[op], r = p.returnEntry[op];
        next[prev[c]] = next[c];
        prev[next[c]] = prev[c];
        next[prev[r]] = next[r];
        prev[next[r]] = prev[r];
    }

    private void unlift(int op) {
        int c = p.callEntry[op], r = p.returnEntry[op];
        prev[next[r]] = r;
        next[prev[r]] = r;
        prev[next[c]] = c;
        next[prev[c]] = c;
    }

    /** SplitMix64 finaliser (Steele, Lea, Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
