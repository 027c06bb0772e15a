package brokerlab.analytic;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.util.Check;

import java.util.Locale;

/**
 * The G/G/c/K FCFS queue as the formulas see it: renewal arrivals with inter-arrival distribution {@code arrival},
 * i.i.d. service {@code service}, {@code servers} identical servers and room for {@code capacity} jobs in total
 * (in service plus waiting; 0 for an infinite buffer). {@link #analyze()} answers with the best analytic method
 * that fits (the rule is {@link AnalyticMethod#RULE}); {@link #analyze(AnalyticMethod)} with a named one.
 *
 * <pre>{@code
 * Analysis a = new GGcK(new Exponential(3.6), new Exponential(1), 4).analyze();
 * a.method();                      // ERLANG_C
 * a.get(Metric.MEAN_WAIT);         // 1.9694 = C(4, 3.6) / (4 - 3.6)
 * }</pre>
 *
 * <p>Messages name the parameters as the command line and model files spell them ({@code --servers},
 * {@code --capacity}): this record is the queue {@code brokerlab analyze} reads, and one vocabulary serves both.
 *
 * @param arrival  inter-arrival time distribution ({@code exp(...)} for Poisson arrivals)
 * @param service  service time distribution
 * @param servers  identical servers c, at least 1
 * @param capacity jobs the station holds in total, at least {@code servers}; 0 means an infinite buffer
 */
public record GGcK(Distribution arrival, Distribution service, int servers, int capacity) {

    public GGcK {
        Check.notNull("--arrival", arrival);
        Check.notNull("--service", service);
        Check.atLeast("--servers", servers, 1);
        if (capacity != 0 && capacity < servers) {
            throw Check.fail("--capacity", capacity, "it must be >= --servers (" + servers + "): K counts jobs in "
                    + "service plus waiting", "pass --capacity " + servers + " or more, or drop it for an infinite buffer");
        }
    }

    /** An infinite buffer. */
    public GGcK(Distribution arrival, Distribution service, int servers) {
        this(arrival, service, servers, 0);
    }

    /** The best method that fits (see {@link AnalyticMethod#RULE}), evaluated. */
    public Analysis analyze() {
        return analyze(AnalyticMethod.defaultFor(this));
    }

    /** A named method; refused, naming what it needs, when it does not fit this queue or the queue is unstable. */
    public Analysis analyze(AnalyticMethod method) {
        Check.notNull("--method", method);
        String unsuitable = method.unsuitable(this);
        if (unsuitable != null) {
            throw new IllegalArgumentException("--method = " + method.id() + " does not fit this queue: it " + unsuitable
                    + "; drop --method for the default (" + defaultName() + ")");
        }
        if (hasCapacity() && method != AnalyticMethod.MMCK) {
            throw new IllegalArgumentException("--method = " + method.id() + " has no capacity limit: use --method "
                    + "mmck with --capacity, or drop --capacity");
        }
        requireStable();
        return method.evaluate(this);
    }

    private String defaultName() {
        try {
            return AnalyticMethod.defaultFor(this).id();
        } catch (IllegalArgumentException e) {
            return "none applies";
        }
    }

    public boolean hasCapacity() { return capacity > 0; }

    /** lambda = 1 / E[inter-arrival]; for exp(rate=3.6) exactly the typed 3.6 (1 / (1 / 3.6) is not). */
    public double arrivalRate() { return arrival.rate(); }

    /** mu = 1 / E[S], exactly the typed rate for exp(rate=...). */
    public double serviceRate() { return service.rate(); }

    public double meanService() { return service.mean(); }

    /** Offered load a = lambda E[S] in erlangs. */
    public double offeredLoad() { return arrivalRate() / serviceRate(); }

    /** rho = a / c. */
    public double utilization() { return offeredLoad() / servers; }

    public boolean poissonArrivals() { return arrival instanceof Exponential; }

    public boolean exponentialService() { return service instanceof Exponential; }

    public boolean deterministicService() { return service instanceof Deterministic || service.scv() == 0; }

    public boolean infiniteServiceVariance() { return service.hasInfiniteVariance(); }

    /** Rejects rho &gt;= 1 for an infinite buffer, naming the fewest stable server count. */
    public void requireStable() {
        if (hasCapacity() || utilization() < 1) return;
        int minimum = (int) Math.floor(offeredLoad()) + 1;
        throw new IllegalArgumentException(String.format(Locale.ROOT, "--servers = %d is too few: utilisation "
                + "rho = lambda E[S] / c = %.4g >= 1, so the queue is unstable; use --servers %d or more, lower the "
                + "arrival rate in --arrival, or give --capacity K for a loss system", servers, utilization(), minimum));
    }

    @Override
    public String toString() {
        return "G/G/c" + (hasCapacity() ? "/K" : "") + "(" + arrival.spec() + ", " + service.spec() + ", c=" + servers
                + (hasCapacity() ? ", K=" + capacity : "") + ")";
    }
}
