package brokerlab.protocol;

import brokerlab.util.Check;

/**
 * What the client of a protocol run asks for: operations on {@code keys} keys of a key-value store (key chosen
 * uniformly), a fraction {@code readFraction} of them reads answered in {@code readMode}, the rest writes of a
 * unique value (the operation's number); and whether the run records the client-visible history
 * ({@link brokerlab.consistency.History}: invoke and return of every operation, with the value read, timeouts the
 * client gave up on as indeterminate, operations still open at the end likewise) for the linearizability checker.
 * {@code leaseDrift} is the largest relative clock drift leases are designed for: a lease lasts an election timeout
 * divided by {@code 1 + leaseDrift} on the leader's clock, which is safe while no clock runs more than that much
 * faster than the leader's.
 *
 * <p>The operation mix draws from the run's MISC stream, so adding reads changes no arrival time, delay or timer.
 * The default, {@link #WRITES}, is what protocol runs measured before reads existed: writes to one key, no history.
 */
public record ClientWorkload(int keys, double readFraction, ReadMode readMode, double leaseDrift, boolean recordHistory) {
    /** Writes only, to one key, no history: the default of every protocol run. */
    public static final ClientWorkload WRITES = new ClientWorkload(1, 0, ReadMode.LOG, 0.1, false);

    public ClientWorkload {
        Check.atLeast("keys", keys, 1);
        Check.probability("readFraction", readFraction);
        Check.notNull("readMode", readMode);
        Check.nonNegative("leaseDrift", leaseDrift);
    }

    /** A fraction {@code fraction} of the operations are reads answered in {@code mode}. */
    public ClientWorkload reads(double fraction, ReadMode mode) {
        return new ClientWorkload(keys, fraction, mode, leaseDrift, recordHistory);
    }

    public ClientWorkload keys(int k) {
        return new ClientWorkload(k, readFraction, readMode, leaseDrift, recordHistory);
    }

    /** Leases shortened for clocks drifting apart by up to {@code drift} (0.1: 10%). */
    public ClientWorkload leaseDrift(double drift) {
        return new ClientWorkload(keys, readFraction, readMode, drift, recordHistory);
    }

    /** Record (true) or not the client-visible history of each run. */
    public ClientWorkload recordHistory(boolean on) {
        return new ClientWorkload(keys, readFraction, readMode, leaseDrift, on);
    }

    /** True when some operations are reads. */
    public boolean hasReads() { return readFraction > 0; }

    /** E.g. {@code 50% reads (read-index) on 3 keys}. */
    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "%.0f%% reads (%s) on %d %s%s", 100 * readFraction, readMode.label(), keys,
                keys == 1 ? "key" : "keys", recordHistory ? ", history recorded" : "");
    }
}
