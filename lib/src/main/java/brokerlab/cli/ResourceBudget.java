package brokerlab.cli;

import brokerlab.util.Check;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * What a request will cost, checked before any work starts, so an oversized request is refused in a second with
 * the limit and the fix instead of ending in an OutOfMemoryError (or a week of computing) after minutes of work.
 * Memory is checked against this JVM's heap limit ({@link Runtime#maxMemory()}, set by {@code -Xmx}, e.g.
 * {@code BROKERLAB_JAVA_OPTS=-Xmx8g}), of which {@value #USABLE_SHARE} is granted to the request; the rest is the
 * JVM's own and the collector's headroom. The bytes per unit (per server, per queued job, per replication kept)
 * are upper bounds measured on this code base and listed with each command's estimate in {@link Costs}.
 * <p>A refusal reads like every bad-input message: "--servers = 1000000000 is invalid: the simulation needs about
 * 45 GiB (24 bytes per server per replication running, 2 at once), above the 4.8 GiB this JVM may use (80% of its
 * 6.0 GiB heap limit); use --servers 96000000 or fewer, or raise the heap limit, e.g. BROKERLAB_JAVA_OPTS=-Xmx56g".
 */
final class ResourceBudget {
    /** The share of the heap limit a request may plan to use. */
    static final double USABLE_SHARE = 0.8;
    /**
     * Customers simulated by one command, warm-up and every replication included: 10^14 is over a week of computing
     * even at the fastest engine's 40-100 million customers a second per core (DESIGN.md section 8).
     */
    static final double MAX_CUSTOMERS = 1e14;

    private final long heapBytes;
    private final int threads;

    ResourceBudget(long heapBytes, int threads) {
        this.heapBytes = Check.atLeast("heapBytes", heapBytes, 1L);
        this.threads = Check.atLeast("threads", threads, 1);
    }

    /** This JVM: its heap limit and one replication at once per core (the runner's default). */
    static ResourceBudget ofThisJvm() {
        return new ResourceBudget(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
    }

    /** Replications running at once out of {@code replications}. */
    int concurrent(long replications) {
        return (int) Math.max(1, Math.min(replications, threads));
    }

    double usableBytes() {
        return USABLE_SHARE * heapBytes;
    }

    /**
     * Refuses {@code --option value} when {@code bytes(value)} exceeds what this JVM may use. {@code bytes} must
     * grow with the value; the message names the largest value that fits (found by bisection) and the heap that
     * would fit this one. {@code what} says what the memory is for, e.g. "24 bytes per server per replication".
     */
    void memory(String option, double value, boolean whole, DoubleUnaryOperator bytes, String what) {
        double need = bytes.applyAsDouble(value);
        if (need <= usableBytes()) return;
        double lo = 0, hi = value;
        for (int i = 0; i < 200 && hi - lo > (whole ? 1 : 1e-9 * hi); i++) {
            double mid = (lo + hi) / 2;
            if (bytes.applyAsDouble(mid) <= usableBytes()) lo = mid; else hi = mid;
        }
        double fits = roundDown(whole ? Math.floor(lo) : lo);
        long gib = (long) Math.ceil(need / USABLE_SHARE / (1L << 30)) + 1;
        String smaller = fits >= (whole ? 1 : Double.MIN_NORMAL) && bytes.applyAsDouble(fits) <= usableBytes()
                ? "use --" + option + " " + shortNumber(fits, whole) + " or less, or raise"
                : "even the smallest --" + option + " does not fit with the other options; lower them, or raise";
        throw Check.fail("--" + option, whole ? Long.toString((long) value) : Report.number(value), "the request needs about " + bytes(need) + " (" + what
                + "), above the " + bytes(usableBytes()) + " this JVM may use (" + Math.round(100 * USABLE_SHARE)
                + "% of its " + bytes(heapBytes) + " heap limit)", smaller + " the heap limit, e.g. BROKERLAB_JAVA_OPTS=-Xmx" + gib + "g");
    }

    /** One option's share of a request's memory, and the check that refuses the request naming that option. */
    record Term(double bytes, Runnable check) {}

    /**
     * Runs the checks of a request's terms, the largest first, so a request that does not fit is refused naming
     * the option that costs most (the one worth lowering); each check prices the whole request.
     */
    static void largestFirst(Term... terms) {
        java.util.Arrays.stream(terms).sorted((a, b) -> Double.compare(b.bytes(), a.bytes())).forEach(t -> t.check().run());
    }

    /** Refuses more than {@link #MAX_CUSTOMERS} customers in total (measured plus warm-up, over every replication). */
    void customers(long measured, long warmup, long replications) {
        customers(measured, warmup, replications, 1, "");
    }

    /**
     * As {@link #customers(long, long, long)} where each customer costs {@code perCustomer} plain ones (e.g. a
     * routing policy that scans every server), explained by {@code why}.
     */
    void customers(long measured, long warmup, long replications, double perCustomer, String why) {
        double total = ((double) measured + warmup) * replications * perCustomer;
        if (total <= MAX_CUSTOMERS) return;
        double perMeasured = (double) (measured + warmup) / measured;
        long fits = (long) roundDown(Math.floor(MAX_CUSTOMERS / replications / perMeasured / perCustomer));
        throw Check.fail("--customers", measured, String.format(Locale.ROOT, "%s replications of %s customers (warm-up "
                        + "included)%s amount to %s customers' work, above the limit of %s (over a week of computing even "
                        + "at 100 million customers a second)", replications, shortNumber(measured + (double) warmup, true),
                        why, shortNumber(total, true), shortNumber(MAX_CUSTOMERS, true)),
                fits >= 2 ? "use --customers " + shortNumber(fits, true) + " or fewer, or fewer --replications"
                        : "use fewer --replications" + (perCustomer > 1 ? " or servers" : ""));
    }

    /** Refuses a loop of more than {@code limit} steps, e.g. the Erlang recursion of {@code analyze}. */
    static void steps(String option, Object value, double steps, double limit, String what, String fix) {
        if (steps <= limit) return;
        throw Check.fail("--" + option, value, what + " takes about " + shortNumber(steps, true) + " steps, above the limit of "
                + shortNumber(limit, true) + " (minutes of computing)", fix);
    }

    /** Down to three significant digits, so a suggested limit is easy to type and still fits: 96123456 to 96100000. */
    static double roundDown(double v) {
        if (!(v > 0)) return v;
        double unit = Math.pow(10, Math.floor(Math.log10(v)) - 2);
        return Math.floor(v / unit) * unit;
    }

    /** Bytes in binary units: 512 B, 1.5 KiB, 6.0 GiB. */
    static String bytes(double b) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int u = 0;
        while (b >= 1024 && u < units.length - 1) {
            b /= 1024;
            u++;
        }
        return u == 0 ? Math.round(b) + " B" : String.format(Locale.ROOT, b < 10 ? "%.1f %s" : "%.0f %s", b, units[u]);
    }

    /** A count or amount as typed on a command line: 4, 9600000, 1.1e+13 (exponent form from 10^8). */
    static String shortNumber(double v, boolean whole) {
        if (whole && Math.abs(v) < 1e8) return Long.toString((long) v);
        return whole ? Report.sixDigits(v) : Report.number(v);
    }
}
