package brokerlab.cli;

import brokerlab.analytic.Estimate;
import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.ServerCountEvaluator;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.experiment.Progress;
import brokerlab.experiment.Replications;
import brokerlab.model.Discipline;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.model.StationRun;
import brokerlab.model.Station;
import brokerlab.util.Check;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The target metric at c servers measured by simulating the FCFS station G/G/c(/K) with independent replications:
 * the {@link ServerCountEvaluator} that {@code plan --method simulate} plugs into
 * {@link brokerlab.analytic.capacity.CapacityPlanner#search}. Every c uses the same seed, so the candidates see the
 * same arrivals and service demands (common random numbers) and the metric is non-increasing in c along the
 * sample path for FCFS waits, as the linear scan requires. The planner compares the CI's upper end with the
 * threshold (conservative). Percentile targets are limited to the percentiles the runs record (p50, p95, p99,
 * p99.9).
 */
final class SimulatedEvaluator implements ServerCountEvaluator {
    private final Distribution arrival;
    private final Distribution service;
    private final int capacity;
    private final Metric metric;
    private final long customers;
    private final int replications;
    private final long seed;
    private final Target target;
    private final Progress progress;

    /** capacity 0 = infinite buffer. */
    SimulatedEvaluator(Distribution arrival, Distribution service, int capacity, Target target, long customers,
                       int replications, long seed, Progress progress) {
        this.arrival = arrival;
        this.service = service;
        this.capacity = capacity;
        this.metric = metric(target);
        this.target = target;
        requireReachable(service, target);
        this.customers = Check.atLeast("--customers", customers, 2L);
        this.replications = Check.atLeast("--replications", replications, 2);
        this.seed = seed;
        this.progress = progress;
    }

    /**
     * Fails at once when no server count can meet the target because service alone exceeds it (E[S] for the mean,
     * the service-time quantile for a percentile: T &gt;= S), instead of scanning to the limit.
     */
    private static void requireReachable(Distribution service, Target target) {
        if (target instanceof Target.MeanResponseAtMost m && m.seconds() <= service.mean()) {
            throw Check.fail("--target", target.describe(), "no server count meets it: without any waiting the mean "
                    + "response is E[S] = " + service.mean(), "relax the target or speed up service");
        }
        if (target instanceof Target.ResponsePercentileAtMost p && p.seconds() <= service.quantile(p.q())) {
            throw Check.fail("--target", target.describe(), "no server count meets it: the service time alone has "
                    + "that percentile at " + service.quantile(p.q()), "relax the target or speed up service");
        }
    }

    static Metric metric(Target target) {
        if (target instanceof Target.MeanResponseAtMost) return Metric.MEAN_RESPONSE;
        if (target instanceof Target.WaitProbabilityAtMost) return Metric.WAIT_PROBABILITY;
        if (target instanceof Target.RejectionProbabilityAtMost) return Metric.REJECTION_PROBABILITY;
        double q = ((Target.ResponsePercentileAtMost) target).q();
        Metric m = Metric.response(q);
        if (StationRun.METRICS.contains(m)) return m;
        throw Check.fail("--target", target.describe(), "simulation records the response percentiles p50, p95, p99 "
                + "and p999 only", "use one of those, e.g. p99<=0.5");
    }

    @Override
    public Evaluation evaluate(int servers) {
        double load = service.mean() / arrival.mean();
        if (capacity == 0 && load >= servers) {
            return Evaluation.of(Estimate.infinite("stability", String.format(Locale.ROOT,
                    "%d servers give utilisation %.4g >= 1", servers, load / servers)));
        }
        Station station = Station.of(arrival, service, servers, capacity, Discipline.FCFS);
        Estimates<StationRun> e = Experiment.of(station).customers(customers).replications(replications).seed(seed)
                .progress((done, total, message) -> progress.update(done, total, "c=" + servers + ", " + message)).run();
        Evaluation result = Evaluation.simulated(e.get(metric), "simulation, " + e.runs().get(0).engine() + " engine, " + replications
                + " replications x " + customers + " customers, seed " + seed + ", decided by the CI's upper end");
        if (!result.meets(target.threshold()) && e.point(Metric.WAIT_PROBABILITY) == 0) {
            // Nobody waited in any replication: with common random numbers more servers replay the same sample path.
            throw Check.fail("--target", target.describe(), "no server count meets it: at c = " + servers + " no job "
                    + "waits and the value is still " + result, "relax the target, or raise --customers if the "
                    + "interval is too wide");
        }
        return result;
    }
}
