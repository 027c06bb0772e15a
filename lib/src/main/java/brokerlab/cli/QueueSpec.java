package brokerlab.cli;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.dist.Exponential;
import brokerlab.util.Check;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The queue typed on the command line: inter-arrival and service distributions ({@code --arrival},
 * {@code --service}, read by {@link Distributions#parse}), {@code --servers} c and an optional {@code --capacity} K
 * (0 = infinite buffer). Every parse error is rethrown naming the option and the text typed, so the user sees
 * which flag to fix.
 */
record QueueSpec(Distribution arrival, Distribution service, int servers, int capacity) {

    static QueueSpec from(Args args) {
        Distribution arrival = distribution(args, "arrival");
        Distribution service = distribution(args, "service");
        int servers = servers(args);
        int capacity = capacity(args, servers);
        return new QueueSpec(arrival, service, servers, capacity);
    }

    static Distribution distribution(Args args, String option) {
        String text = args.required(option);
        return named(option, text, () -> Distributions.parse(text));
    }

    static int servers(Args args) {
        int c = Args.parseInt("servers", args.required("servers"));
        Check.atLeast("--servers", c, 1);
        return c;
    }

    /** 0 when absent; otherwise at least the number of servers. */
    static int capacity(Args args, int servers) {
        if (!args.has("capacity")) return 0;
        int k = args.integer("capacity", 0);
        if (k < servers) {
            throw Check.fail("--capacity", k, "it must be >= --servers (" + servers + "): K counts jobs in service "
                    + "plus waiting", "pass --capacity " + servers + " or more, or drop it for an infinite buffer");
        }
        return k;
    }

    /** Runs {@code parse}, prefixing any IllegalArgumentException with the option and the text typed. */
    static <T> T named(String option, String text, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + option + " '" + text + "': " + e.getMessage(), e);
        }
    }

    boolean hasCapacity() { return capacity > 0; }

    /** lambda = 1 / E[inter-arrival]; for exp(rate=3.6) exactly the typed 3.6 (1 / (1 / 3.6) is not). */
    double arrivalRate() { return arrival.rate(); }

    /** mu = 1 / E[S], exactly the typed rate for exp(rate=...). */
    double serviceRate() { return service.rate(); }

    double meanService() { return service.mean(); }

    /** Offered load a = lambda E[S] in erlangs. */
    double offeredLoad() { return arrivalRate() / serviceRate(); }

    /** rho = a / c. */
    double utilization() { return offeredLoad() / servers; }

    boolean poissonArrivals() { return arrival instanceof Exponential; }

    boolean exponentialService() { return service instanceof Exponential; }

    boolean deterministicService() { return service instanceof Deterministic || service.scv() == 0; }

    boolean infiniteServiceVariance() { return service.hasInfiniteVariance(); }

    /** Rejects rho &gt;= 1 for an infinite buffer, naming the options that fix it. */
    void requireStable() {
        if (hasCapacity() || utilization() < 1) return;
        int minimum = (int) Math.floor(offeredLoad()) + 1;
        throw new IllegalArgumentException(String.format(Locale.ROOT, "--servers = %d is too few: utilisation "
                + "rho = lambda E[S] / c = %.4g >= 1, so the queue is unstable; use --servers %d or more, lower the "
                + "arrival rate in --arrival, or give --capacity K for a loss system", servers, utilization(), minimum));
    }
}
