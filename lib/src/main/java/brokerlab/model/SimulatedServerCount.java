package brokerlab.model;

import brokerlab.experiment.Estimates;
import brokerlab.experiment.Metric;

import brokerlab.analytic.Estimate;
import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.ServerCountEvaluator;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.util.Check;

import java.util.Locale;

/**
 * The simulation plug-in of the capacity planner: evaluates c servers by simulating the G/G/c station
 * {@code Station.of(arrival, service, c)} (FCFS, one shared queue; with capacity K for a rejection target) over
 * independent replications and returns the metric's 95% confidence interval as an {@link Evaluation#simulated}.
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
    private final Metric metric;

    /**
     * @param customers    measured customers per replication (warm-up customers/10 more are simulated first)
     * @param replications independent replications per server count, at least 2
     */
    public SimulatedServerCount(Distribution arrival, Distribution service, Target target, long customers,
                                int replications, long seed) {
        this.arrival = Check.notNull("arrival", arrival);
        this.service = Check.notNull("service", service);
        this.target = Check.notNull("target", target);
        this.customers = Check.atLeast("customers", customers, 2L);
        this.replications = Check.atLeast("replications", replications, 2);
        this.seed = seed;
        this.metric = metric(target);
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

    /** Offered load a = lambda E[S] in erlangs. */
    public double offeredLoad() { return service.mean() / arrival.mean(); }

    /** The station simulated for c servers: infinite buffer, or capacity K for a rejection target. */
    public Station station(int servers) {
        if (target instanceof Target.RejectionProbabilityAtMost r) {
            return Station.of(arrival, service, servers, r.capacity(), Discipline.FCFS);
        }
        return Station.of(arrival, service, servers);
    }

    /** Every metric of c servers (the replications behind {@link #evaluate}), e.g. to print alongside a plan. */
    public Estimates<StationRun> simulate(int servers) {
        return station(servers).simulate().customers(customers).replications(replications).seed(seed).run();
    }

    /** A label for reports, e.g. "simulation, 8 x 200000 customers, seed 42, judged by the CI's upper end". */
    public String method() {
        return String.format(Locale.ROOT, "simulation, %d x %d customers, seed %d, judged by the CI's upper end",
                replications, customers, seed);
    }

    @Override
    public Evaluation evaluate(int servers) {
        Check.atLeast("servers", servers, 1);
        boolean loss = target instanceof Target.RejectionProbabilityAtMost;
        if (!loss && servers <= offeredLoad()) {
            return Evaluation.of(Estimate.infinite("stability", String.format(Locale.ROOT,
                    "%d servers give utilisation %.4g >= 1", servers, offeredLoad() / servers)));
        }
        return Evaluation.simulated(simulate(servers).get(metric), method());
    }

    @Override
    public String toString() {
        return "SimulatedServerCount(" + arrival.spec() + ", " + service.spec() + ", " + target.describe() + ", "
                + method() + ")";
    }
}
