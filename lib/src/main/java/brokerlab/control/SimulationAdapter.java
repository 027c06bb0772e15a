package brokerlab.control;

import brokerlab.analytic.capacity.CapacityPlanner;
import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.dist.Exponential;
import brokerlab.model.Discipline;
import brokerlab.model.Plans;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.model.ServerFarm;
import brokerlab.model.SimulatedServerCount;
import brokerlab.model.Station;
import brokerlab.model.StationRun;
import brokerlab.experiment.RunLength;
import brokerlab.model.StationMonitor;
import brokerlab.model.network.NetworkRun;
import brokerlab.model.network.Node;
import brokerlab.model.network.QueueingNetwork;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.experiment.ProtocolExperiment;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import brokerlab.widget.CancelToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The one place the live tools call the simulation engine, so that a change of the engine's entry points (a single
 * model/run contract is planned) touches this file only. Every run is split into replications run one after
 * another on the caller's thread, with the {@link CancelToken} checked between them: a stale run stops within one
 * replication, and the same seed gives the same numbers as {@code simulate().run()} would.
 */
public final class SimulationAdapter implements PointSimulator {
    private final RunBudget budget;

    public SimulationAdapter(RunBudget budget) {
        this.budget = Check.notNull("budget", budget);
    }

    public RunBudget budget() {
        return budget;
    }

    /** The station (one queue, identical servers) or the server farm (mixed speeds or a dispatcher) of a point. */
    static Model<StationRun> model(OperatingPoint p) {
        Exponential arrivals = new Exponential(p.arrivalRate());
        if (p.uniformSpeed() && (p.balancer() == Balancer.SHARED_QUEUE || p.servers() == 1)) {
            Distribution service = p.law().distribution(p.meanService() / p.commonSpeed(), p.shape());
            return Station.of(arrivals, service, p.servers(), p.capacity(), Discipline.FCFS);
        }
        return ServerFarm.of(arrivals, p.service(), p.speeds()).routing(p.balancer().policy()).capacity(p.capacity());
    }

    @Override
    public PointEstimate simulate(OperatingPoint p, CancelToken token) {
        Experiment<StationRun> plan = Experiment.of(model(p)).customers(budget.customers()).replications(budget.replications())
                .seed(budget.seed());
        List<StationRun> runs = new ArrayList<>();
        for (int r = 0; r < budget.replications(); r++) {
            token.throwIfCancelled();
            runs.add(plan.runReplication(r));
        }
        Estimates<StationRun> e = Estimates.of(runs);
        Optional<List<ProtocolRun>> protocol = protocolRuns(p, token);
        String method = String.format(Locale.ROOT, "simulation, %d × %,d messages, seed %d", budget.replications(),
                budget.customers(), budget.seed());
        return new PointEstimate(e.get(Metric.MEAN_RESPONSE), e.get(Metric.P99_RESPONSE), e.get(Metric.REJECTION_PROBABILITY),
                protocol.map(runs2 -> secondsCi(runs2, ProtocolRun::meanCommit)),
                protocol.map(runs2 -> secondsCi(runs2, ProtocolRun::p99Commit)), method);
    }

    private Optional<List<ProtocolRun>> protocolRuns(OperatingPoint p, CancelToken token) {
        if (p.replication().protocol().isEmpty()) return Optional.empty();
        ProtocolExperiment x = ProtocolExperiment.of(p.replication().protocol().get(), p.deployment().topology())
                .nodes(Replication.NODES).clientRate(p.arrivalRate()).duration(budget.protocolMillis())
                .replications(budget.replications()).seed(budget.seed());
        List<ProtocolRun> runs = new ArrayList<>();
        for (int r = 0; r < budget.replications(); r++) {
            token.throwIfCancelled();
            runs.add(x.runOnce(r));
        }
        return Optional.of(runs);
    }

    /** The protocol reports milliseconds; replications without a commit (NaN) are left out. */
    private static ConfidenceInterval secondsCi(List<ProtocolRun> runs, ToDoubleFunction<ProtocolRun> ms) {
        double[] v = runs.stream().mapToDouble(ms).filter(Double::isFinite).map(x -> x / 1000).toArray();
        if (v.length < 2) throw new IllegalStateException("the protocol committed nothing in " + runs.size() + " replications");
        return ConfidenceInterval.ci95(v);
    }

    /** The two-stage line of a {@link TandemPoint}, simulated for {@code horizon} seconds after a 5% warm-up. */
    public TandemEstimate tandem(TandemPoint q, CancelToken token) {
        QueueingNetwork line = QueueingNetwork.tandem(Distributions.byMeanAndScv(1 / TandemPoint.ARRIVAL_RATE, q.arrivalScv()),
                Node.of("s1", 1, Distributions.byMeanAndScv(q.meanService1(), q.serviceScv1())),
                Node.of("s2", q.servers2(), Exponential.ofMean(q.meanService2())));
        List<NetworkRun> runs = new ArrayList<>();
        for (int r = 0; r < budget.replications(); r++) {
            token.throwIfCancelled();
            runs.add(line.run(RunLength.time(budget.horizon() / 20, budget.horizon()), budget.seed(), r));
        }
        return new TandemEstimate(ci(runs, n -> n.node("s1").get(StationMonitor.INTER_DEPARTURE_SCV)),
                ci(runs, n -> n.node("s2").get(StationMonitor.INTER_DEPARTURE_SCV)), ci(runs, n -> n.node("s2").get(Metric.MEAN_WAIT)),
                String.format(Locale.ROOT, "simulation, %d × %,.0f s, seed %d", budget.replications(), budget.horizon(), budget.seed()));
    }

    private static ConfidenceInterval ci(List<NetworkRun> runs, ToDoubleFunction<NetworkRun> metric) {
        return ConfidenceInterval.ci95(runs.stream().mapToDouble(metric).toArray());
    }

    /**
     * The fewest servers meeting {@code target} by simulation (the planner's linear scan, judged by each CI's
     * upper end), for targets no formula covers; the token is checked before each server count.
     */
    public Plan plan(double arrivalRate, Distribution service, Target target, CancelToken token) {
        var evaluator = new SimulatedServerCount(new Exponential(arrivalRate), service, target, budget.customers(),
                budget.replications(), budget.seed());
        double load = arrivalRate * service.mean();
        return CapacityPlanner.search(c -> {
            token.throwIfCancelled();
            return evaluator.evaluate(c);
        }, target, (int) Math.floor(load) + 1, Plans.defaultMaxServers(load));
    }
}
