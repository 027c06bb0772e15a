package brokerlab.model;

import brokerlab.analytic.Estimate;
import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.ServerCountEvaluator;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Progress;
import brokerlab.util.Check;

import java.util.Locale;

/**
 * The simulation plug-in of the capacity planner: evaluates c servers by simulating the G/G/c station
 * {@code Station.of(arrival, service, c)} (FCFS, one shared queue; with capacity K for a rejection target, or for
 * every target after {@link #capacity(int)}) over independent replications and returns the metric's 95% confidence
 * interval as an {@link Evaluation#simulated}. {@code brokerlab plan --method simulate} and
 * {@link Plans#bySimulation} both run through it.
 *
 * <p>Metrics: mean response, a response percentile (the per-replication sample percentile, HdrHistogram, so only
 * the percentiles a {@link StationRun} records: 0.5, 0.95, 0.99, 0.999), the wait probability, or the rejection
 * probability with capacity K. The interval is the Student-t interval of the per-replication values (Law,
 * <i>Simulation Modeling and Analysis</i>, 5th ed., §9.4).
 *
 * <p>Decision rule (kept from {@link Evaluation#meets}): c meets the target only when the CI's <b>upper</b> end is
 * at most the threshold. Noise therefore errs towards one server too many, never towards an under-provisioned
 * c; when the true value sits within the CI's half-width of the threshold the answer may be one server above the
 * exact one. Every c is simulated with the same seed, so the counts see the same arrivals and demands (common
 * random numbers), which keeps the simulated metric close to non-increasing in c, as the planner's linear scan
 * assumes.
 *
 * <p>A search for a target no server count can meet is refused at once ({@link #requireReachable()}): a mean
 * response at or below E[S], or a response percentile at or below the service time's own (T &gt;= S for every c).
 * And {@link #evaluate} stops a scan, with a message, at a count where no customer waits and the target is still
 * missed (with common random numbers more servers replay the same sample path).
 *
 * <p>A server count that cannot carry the load (c &lt;= a = lambda E[S] with an infinite buffer) is evaluated as an
 * explicit infinite estimate rather than simulated, as {@link ServerCountEvaluator} asks.
 */
public final class SimulatedServerCount implements ServerCountEvaluator {
    private final Distribution arrival;
    private final Distribution service;
    private final Target target;
    private final long customers;
    private final int replications;
    private final long seed;
    private final int capacity;
    private final Progress progress;
    private final Metric metric;

    /**
     * @param customers    measured customers per replication (warm-up customers/10 more are simulated first)
     * @param replications independent replications per server count, at least 2
     */
    public SimulatedServerCount(Distribution arrival, Distribution service, Target target, long customers,
                                int replications, long seed) {
        this(arrival, service, target, customers, replications, seed,
                target instanceof Target.RejectionProbabilityAtMost r ? r.capacity() : 0, Progress.NONE);
    }

    private SimulatedServerCount(Distribution arrival, Distribution service, Target target, long customers,
                                 int replications, long seed, int capacity, Progress progress) {
        this.arrival = Check.notNull("arrival", arrival);
        this.service = Check.notNull("service", service);
        this.target = Check.notNull("target", target);
        this.customers = Check.atLeast("customers", customers, 2L);
        this.replications = Check.atLeast("replications", replications, 2);
        this.seed = seed;
        this.capacity = capacity;
        this.progress = Check.notNull("progress", progress);
        this.metric = metric(target);
    }

    /**
     * The same evaluator with room for {@code capacity} jobs at every c (0 = infinite buffer): a loss system
     * planned for any target. A rejection target already carries its K, and this must equal it.
     */
    public SimulatedServerCount capacity(int capacity) {
        Check.atLeast("capacity", capacity, 0);
        if (target instanceof Target.RejectionProbabilityAtMost r && capacity != r.capacity()) {
            throw Check.fail("capacity", capacity, "it must equal the rejection target's K = " + r.capacity(),
                    "pass " + r.capacity() + ", or change the target");
        }
        return new SimulatedServerCount(arrival, service, target, customers, replications, seed, capacity, progress);
    }

    /** The same evaluator reporting each server count's replications, labelled {@code "c=5, ..."}. */
    public SimulatedServerCount progress(Progress progress) {
        return new SimulatedServerCount(arrival, service, target, customers, replications, seed, capacity, progress);
    }

    /** The metric a target constrains; fails for percentiles a {@link StationRun} does not record. */
    static Metric metric(Target target) {
        if (target instanceof Target.MeanResponseAtMost) return Metric.MEAN_RESPONSE;
        if (target instanceof Target.WaitProbabilityAtMost) return Metric.WAIT_PROBABILITY;
        if (target instanceof Target.RejectionProbabilityAtMost) return Metric.REJECTION_PROBABILITY;
        double q = ((Target.ResponsePercentileAtMost) target).q();
        Metric m = Metric.response(q);
        if (!StationRun.METRICS.contains(m)) {
            throw Check.fail("q", q, "a simulated response percentile must be one a StationRun records: 0.5, 0.95, "
                    + "0.99 or 0.999", "use one of those, e.g. new Target.ResponsePercentileAtMost(0.99, seconds)");
        }
        return m;
    }

    /**
     * Fails, before any simulation, when the service time alone (T &gt;= S) already misses the target, so no
     * server count can meet it. {@link Plans#bySimulation(SimulatedServerCount)} calls it before scanning.
     */
    public void requireReachable() {
        if (target instanceof Target.MeanResponseAtMost m && m.seconds() <= service.mean()) {
            throw Check.fail("target", target.describe(), "no server count meets it: without any waiting the mean "
                    + "response is E[S] = " + service.mean(), "relax the target or speed up service");
        }
        if (target instanceof Target.ResponsePercentileAtMost p && p.seconds() <= service.quantile(p.q())) {
            throw Check.fail("target", target.describe(), "no server count meets it: the service time alone has "
                    + "that percentile at " + service.quantile(p.q()), "relax the target or speed up service");
        }
    }

    /** The target the evaluations are judged against. */
    public Target target() { return target; }

    /** Offered load a = lambda E[S] in erlangs. */
    public double offeredLoad() { return service.mean() / arrival.mean(); }

    private boolean lossSystem() { return capacity > 0; }

    /** Where a scan starts: floor(a) + 1 for an infinite buffer, 1 for a loss system (stable at any c). */
    public int minServers() {
        return lossSystem() ? 1 : (int) Math.floor(offeredLoad()) + 1;
    }

    /** Where a scan gives up: K for a loss system, else {@link Plans#defaultMaxServers}. */
    public int maxServers() {
        return lossSystem() ? capacity : Plans.defaultMaxServers(offeredLoad());
    }

    /** The station simulated for c servers: infinite buffer, or capacity K. */
    public Station station(int servers) {
        if (lossSystem()) return Station.of(arrival, service, servers, capacity, Discipline.FCFS);
        return Station.of(arrival, service, servers);
    }

    /** Every metric of c servers (the replications behind {@link #evaluate}), e.g. to print alongside a plan. */
    public Estimates<StationRun> simulate(int servers) {
        return station(servers).simulate().customers(customers).replications(replications).seed(seed)
                .progress((done, total, message) -> progress.update(done, total, "c=" + servers + ", " + message)).run();
    }

    /** A label for reports, e.g. "simulation, 8 x 200000 customers, seed 42, judged by the CI's upper end". */
    public String method() {
        return String.format(Locale.ROOT, "simulation, %d x %d customers, seed %d, judged by the CI's upper end",
                replications, customers, seed);
    }

    @Override
    public Evaluation evaluate(int servers) {
        Check.atLeast("servers", servers, 1);
        if (!lossSystem() && servers <= offeredLoad()) {
            return Evaluation.of(Estimate.infinite("stability", String.format(Locale.ROOT,
                    "%d servers give utilisation %.4g >= 1", servers, offeredLoad() / servers)));
        }
        Estimates<StationRun> e = simulate(servers);
        Evaluation result = Evaluation.simulated(e.get(metric), method());
        if (!result.meets(target.threshold()) && e.point(Metric.WAIT_PROBABILITY) == 0) {
            throw Check.fail("target", target.describe(), "no server count meets it: at c = " + servers + " no job "
                    + "waits and the value is still " + result, "relax the target, or run more customers if the "
                    + "interval is too wide");
        }
        return result;
    }

    @Override
    public String toString() {
        return "SimulatedServerCount(" + arrival.spec() + ", " + service.spec() + ", " + target.describe()
                + (lossSystem() ? ", K=" + capacity : "") + ", " + method() + ")";
    }
}
