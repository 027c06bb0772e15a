package brokerlab.protocol;

import brokerlab.util.Check;

/**
 * What the clients of a protocol run ask for: operations on {@code keys} keys of a key-value store (key chosen
 * uniformly), a fraction {@code readFraction} of them reads answered in {@code readMode}, the rest writes of a
 * unique value (the operation's number); and whether the run records the client-visible history
 * ({@link brokerlab.consistency.History}: invoke and return of every operation, with the value read, timeouts the
 * client gave up on as indeterminate, operations still open at the end likewise) for the linearizability checker.
 * {@code leaseDrift} is the largest relative clock drift leases are designed for: a lease lasts an election timeout
 * divided by {@code 1 + leaseDrift} on the leader's clock, which is safe while no clock runs more than that much
 * faster than the leader's.
 *
 * <p>{@code clients}: operation {@code op} belongs to client {@code op mod clients}, and each client keeps its own
 * idea of who leads (learned from its own redirects and timeouts), as separate application servers do. With one
 * client every operation follows the latest leader the client heard of; with several, a client that has not yet
 * noticed a failover keeps asking the old leader, which is what exposes an unsafe lease.
 *
 * <p>The operation mix draws from the run's MISC stream, so adding reads changes no arrival time, delay or timer.
 * The default, {@link #WRITES}, is what protocol runs measured before reads existed: writes to one key by one
 * client, no history.
 */
public record ClientWorkload(int keys, double readFraction, ReadMode readMode, double leaseDrift, boolean recordHistory,
                             int clients) {
    /** Writes only, to one key, by one client, no history: the default of every protocol run. */
    public static final ClientWorkload WRITES = new ClientWorkload(1, 0, ReadMode.LOG, 0.1, false, 1);

    public ClientWorkload {
        Check.atLeast("keys", keys, 1);
        Check.probability("readFraction", readFraction);
        Check.notNull("readMode", readMode);
        Check.nonNegative("leaseDrift", leaseDrift);
        Check.atLeast("clients", clients, 1);
    }

    /** A fraction {@code fraction} of the operations are reads answered in {@code mode}. */
    public ClientWorkload reads(double fraction, ReadMode mode) {
        return new ClientWorkload(keys, fraction, mode, leaseDrift, recordHistory, clients);
    }

    /** Operations spread uniformly over {@code k} keys. */
    public ClientWorkload keys(int k) {
        return new ClientWorkload(k, readFraction, readMode, leaseDrift, recordHistory, clients);
    }

    /** Leases shortened for clocks drifting apart by up to {@code drift} (0.1: 10%). */
    public ClientWorkload leaseDrift(double drift) {
        return new ClientWorkload(keys, readFraction, readMode, drift, recordHistory, clients);
    }

    /** Record (true) or not the client-visible history of each run. */
    public ClientWorkload recordHistory(boolean on) {
        return new ClientWorkload(keys, readFraction, readMode, leaseDrift, on, clients);
    }

    /** {@code c} clients, each with its own idea of the leader; operation {@code op} is client {@code op mod c}'s. */
    public ClientWorkload clients(int c) {
        return new ClientWorkload(keys, readFraction, readMode, leaseDrift, recordHistory, c);
    }

    /** True when some operations are reads. */
    public boolean hasReads() { return readFraction > 0; }

    /** The client operation {@code op} belongs to. */
    public int clientOf(long op) { return (int) Math.floorMod(op, (long) clients); }

    /** E.g. {@code 50% reads (read-index) on 3 keys by 4 clients}. */
    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "%.0f%% reads (%s) on %d %s by %d %s%s", 100 * readFraction, readMode.label(), keys,
                keys == 1 ? "key" : "keys", clients, clients == 1 ? "client" : "clients", recordHistory ? ", history recorded" : "");
    }
}
