package brokerlab.sim;

/**
 * The future event list of a model whose events come from a fixed set of sources, each with at most one event
 * pending: a station's arrival process and its c servers (slot 0 the next arrival, slot 1 + i the departure from
 * server i). It carries the clock: {@link #poll()} removes the earliest event and advances {@link #now()} to its
 * time. Events fire in (time, scheduling order), the rule of {@link EventQueue} at one priority, so a model gives
 * the same numbers on every implementation:
 * <ul>
 *   <li>{@link #of(int)}: primitive arrays without handles, a linear scan up to {@value #SCAN_LIMIT} slots and a
 *       tournament tree above. The crossover is measured by {@code bench/java/.../EventListBench} (hold model,
 *       million holds per CPU-second, two runs on the shared 2-core machine): at 5 slots (M/M/4) scan 51-55,
 *       tournament 39-40, the general heap through {@link Simulator} 27-28; at 14 slots scan 29-30, tournament
 *       27; at 16 slots and above the tournament leads (24 against 28 at 16; 17 against 10 at 65), and it beats
 *       the heap at every size;</li>
 *   <li>{@link #general(int)}: the same contract on the general {@link EventQueue} heap, the reference that tests
 *       hold the specialised lists to (same seed, same per-customer waits).</li>
 * </ul>
 *
 * <pre>{@code
 * SlotEventList events = SlotEventList.of(1 + servers);
 * events.schedule(0, firstGap);                       // slot 0: the first arrival
 * for (int slot; (slot = events.poll()) >= 0; ) {     // until nothing is pending
 *     if (slot == 0) arrival(events.now()); else departure(slot - 1, events.now());
 * }
 * }</pre>
 * Not thread-safe: one list per run.
 */
public abstract sealed class SlotEventList permits ScanSlots, TournamentSlots, HeapSlots {
    /** Largest slot count served by the linear scan; above it the tournament tree wins (EventListBench). */
    public static final int SCAN_LIMIT = 14;

    /** The time of the event fired last (0 before the first). */
    double now;

    /** A fast list for {@code slots} sources: a scan or a tournament tree, whichever is faster at that size. */
    public static SlotEventList of(int slots) {
        checkSlots(slots);
        return slots <= SCAN_LIMIT ? new ScanSlots(slots) : new TournamentSlots(slots);
    }

    /** The linear scan at any size (for measuring the crossover; {@link #of} chooses). */
    public static SlotEventList scan(int slots) {
        checkSlots(slots);
        return new ScanSlots(slots);
    }

    /** The tournament tree at any size (for measuring the crossover; {@link #of} chooses). */
    public static SlotEventList tournament(int slots) {
        checkSlots(slots);
        return new TournamentSlots(slots);
    }

    /** The same contract on the general {@link EventQueue}: slower, the reference the fast lists are tested against. */
    public static SlotEventList general(int slots) {
        checkSlots(slots);
        return new HeapSlots(slots);
    }

    private static void checkSlots(int slots) {
        if (slots < 1 || slots > (1 << 28)) {
            throw new IllegalArgumentException("slots = " + slots + " is invalid: it must be in [1, 2^28]; one per event source");
        }
    }

    public final double now() { return now; }

    /** Number of slots, indexed 0 .. slots() − 1. */
    public abstract int slots();

    /**
     * Schedules slot's event {@code delay} after now (the clock plus the delay, as {@link Simulator#schedule}
     * computes it). An event already pending in the slot is replaced; the new one counts as scheduled now.
     */
    public final void schedule(int slot, double delay) {
        scheduleAt(slot, now + delay);
    }

    /** As {@link #schedule} at an absolute {@code time}, which must be >= now. */
    public final void scheduleAt(int slot, double time) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("event time " + time + " is before the clock (" + now
                    + "): delays must be >= 0 and not NaN");
        }
        put(slot, time);
    }

    /** Removes slot's pending event, if any. */
    public abstract void cancel(int slot);

    /** True when slot has an event pending. */
    public abstract boolean pending(int slot);

    /**
     * Removes the earliest pending event (ties: the one scheduled first), advances the clock to its time and
     * returns its slot; −1 when nothing is pending (the clock then stays).
     */
    public abstract int poll();

    abstract void put(int slot, double time);
}
