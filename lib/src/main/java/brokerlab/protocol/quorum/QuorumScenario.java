package brokerlab.protocol.quorum;

import brokerlab.consistency.Budget;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.util.Check;

import java.time.Duration;

/**
 * Everything about a quorum-store run except the store's settings: the clients ({@link QuorumWorkload}), where
 * the servers sit ({@link Topology}, {@link NodeConfig}), what goes wrong ({@link FaultPlan}: loss, crashes,
 * partitions; node ids are servers), how long to let handoffs and repairs settle after the last operation before
 * counting lost writes ({@code drain}, ms), and the checker's {@link Budget}. Run it against a
 * {@link QuorumConfig} with {@link #run}.
 */
public record QuorumScenario(String name, QuorumWorkload workload, Topology topology, NodeConfig node, FaultPlan faults,
                             double drain, Budget budget) {
    public QuorumScenario {
        Check.notNull("name", name);
        Check.notNull("workload", workload);
        Check.notNull("topology", topology);
        Check.notNull("node", node);
        Check.notNull("faults", faults);
        Check.nonNegative("drain", drain);
        Check.notNull("budget", budget);
    }

    /** {@code workload} in one datacentre with default nodes, no faults, 500 ms drain, 500,000 checker states or 20 s. */
    public static QuorumScenario of(String name, QuorumWorkload workload) {
        return new QuorumScenario(name, workload, Topology.ONE_DATACENTRE, NodeConfig.defaults(), FaultPlan.none(), 500,
                Budget.states(500_000).withTime(Duration.ofSeconds(20)));
    }

    public QuorumScenario faults(FaultPlan f) { return new QuorumScenario(name, workload, topology, node, f, drain, budget); }

    public QuorumScenario topology(Topology t) { return new QuorumScenario(name, workload, t, node, faults, drain, budget); }

    public QuorumScenario workload(QuorumWorkload w) { return new QuorumScenario(name, w, topology, node, faults, drain, budget); }

    public QuorumScenario budget(Budget b) { return new QuorumScenario(name, workload, topology, node, faults, drain, b); }

    public QuorumScenario named(String n) { return new QuorumScenario(n, workload, topology, node, faults, drain, budget); }

    /** One run of {@code config} under this scenario. */
    public QuorumRun run(QuorumConfig config, long seed, int replication) {
        return QuorumRunner.run(this, config, seed, replication, Double.NaN, Double.NaN);
    }

    /** One run that also records a timeline of the window [{@code from}, {@code to}] ms. */
    public QuorumRun runWithTimeline(QuorumConfig config, long seed, int replication, double from, double to) {
        Check.nonNegative("from", from);
        Check.greaterThan("to", to, from);
        return QuorumRunner.run(this, config, seed, replication, from, to);
    }
}
