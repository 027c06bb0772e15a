package brokerlab.protocol;

import brokerlab.experiment.Replications;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.paxos.MultiPaxos;
import brokerlab.protocol.pbft.Pbft;
import brokerlab.protocol.pbft.PbftConfig;
import brokerlab.protocol.raft.RaftCluster;
import brokerlab.protocol.raft.RaftConfig;
import brokerlab.protocol.replication.PrimaryBackup;
import brokerlab.protocol.replication.ReplicationConfig;
import brokerlab.protocol.theory.CommitLatency;
import brokerlab.protocol.theory.MessageCounts;
import brokerlab.protocol.twopc.TwoPcConfig;
import brokerlab.protocol.twopc.TwoPhaseCommit;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The notebook entry point: one protocol on one topology, replicated, with theory beside the simulation.
 * <pre>{@code
 * ExperimentResult r = ProtocolExperiment.of(Protocol.RAFT, Topology.THREE_ZONES)
 *         .nodes(5).loss(0.01).faults(FaultPlan.none().crashLeader(2000, 500))
 *         .clientRate(200).duration(5000).replications(10).seed(42).run();
 * r.meanCommit();   // e.g. 1.84 ± 0.02 ms
 * }</pre>
 * Immutable: every setter returns a new experiment. Timeouts default to values scaled to the topology's largest
 * round trip (election timeout at least 10 round trips, as Raft section 5.6 advises), and can be overridden.
 * Replication r uses the streams of (seed, r), so results do not depend on the thread count.
 */
public record ProtocolExperiment(Protocol protocol, Topology topology, int nodes, NodeConfig node, FaultPlan faults,
                                 double clientRate, double duration, double drain, int replications, long seed,
                                 RaftConfig raft, PbftConfig pbft, TwoPcConfig twoPc, ReplicationConfig replication) {
    public ProtocolExperiment {
        Check.notNull("protocol", protocol);
        Check.notNull("topology", topology);
        Check.atLeast("nodes", nodes, 1);
        Check.notNull("node", node);
        Check.notNull("faults", faults);
        Check.positive("clientRate", clientRate);
        Check.positive("duration", duration);
        Check.nonNegative("drain", drain);
        Check.atLeast("replications", replications, 2);
        if (protocol != Protocol.PBFT && !faults.byzantine().isEmpty())
            throw Check.fail("faults", "byzantine " + faults.byzantine(), "Byzantine replicas are modelled only for PBFT",
                    "crash-tolerant protocols assume no Byzantine nodes; use Protocol.PBFT or drop byzantine(...)");
        if (protocol == Protocol.PBFT && (nodes < 4 || nodes % 3 != 1))
            throw Check.fail("nodes", nodes, "PBFT needs n = 3f + 1 replicas (4, 7, 10, ...)", "use nodes(4) for f = 1");
    }

    /** Defaults: 3 nodes (4 for PBFT), {@link NodeConfig#defaults()}, no faults, 100 ops/s for 5 s, 10 replications, seed 1. */
    public static ProtocolExperiment of(Protocol protocol, Topology topology) {
        double rtt = maxRoundTrip(topology);
        double t = Math.max(150, 10 * rtt);
        return new ProtocolExperiment(protocol, topology, protocol == Protocol.PBFT ? 4 : 3, NodeConfig.defaults(), FaultPlan.none(),
                100, 5000, Math.max(500, 20 * rtt), 10, 1, RaftConfig.forRoundTrip(rtt),
                new PbftConfig(Math.max(100, 5 * rtt), Math.max(200, 10 * rtt)),
                new TwoPcConfig(0, Math.max(500, 10 * rtt), Math.max(200, 5 * rtt)),
                new ReplicationConfig(protocol != Protocol.PRIMARY_BACKUP_ASYNC, Math.max(600, 10 * rtt), Math.max(300, 5 * rtt), 5));
    }

    /** Twice the largest mean one-way delay between zones. */
    public static double maxRoundTrip(Topology t) {
        double m = 0;
        for (LinkDelay[] row : t.delays()) for (LinkDelay d : row) m = Math.max(m, d.mean());
        return 2 * m;
    }

    /** Replicas (PBFT: 3f + 1; two-phase commit: participants, the coordinator comes on top as node 0). */
    public ProtocolExperiment nodes(int n) { return new ProtocolExperiment(protocol, topology, n, node, faults, clientRate, duration, drain, replications, seed, raft, pbft, twoPc, replication); }
    public ProtocolExperiment node(NodeConfig c) { return new ProtocolExperiment(protocol, topology, nodes, c, faults, clientRate, duration, drain, replications, seed, raft, pbft, twoPc, replication); }
    public ProtocolExperiment faults(FaultPlan f) { return new ProtocolExperiment(protocol, topology, nodes, node, f, clientRate, duration, drain, replications, seed, raft, pbft, twoPc, replication); }
    public ProtocolExperiment loss(double p) { return faults(faults.loss(p)); }
    /** Client operations per second (Poisson). */
    public ProtocolExperiment clientRate(double perSecond) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, perSecond, duration, drain, replications, seed, raft, pbft, twoPc, replication); }
    /** Milliseconds of client arrivals; the run continues {@code drain} ms more so in-flight work finishes. */
    public ProtocolExperiment duration(double ms) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, clientRate, ms, drain, replications, seed, raft, pbft, twoPc, replication); }
    public ProtocolExperiment drain(double ms) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, clientRate, duration, ms, replications, seed, raft, pbft, twoPc, replication); }
    public ProtocolExperiment replications(int r) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, clientRate, duration, drain, r, seed, raft, pbft, twoPc, replication); }
    public ProtocolExperiment seed(long s) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, clientRate, duration, drain, replications, s, raft, pbft, twoPc, replication); }
    public ProtocolExperiment raft(RaftConfig c) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, clientRate, duration, drain, replications, seed, c, pbft, twoPc, replication); }
    public ProtocolExperiment pbft(PbftConfig c) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, clientRate, duration, drain, replications, seed, raft, c, twoPc, replication); }
    public ProtocolExperiment twoPc(TwoPcConfig c) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, clientRate, duration, drain, replications, seed, raft, pbft, c, replication); }
    public ProtocolExperiment replication(ReplicationConfig c) { return new ProtocolExperiment(protocol, topology, nodes, node, faults, clientRate, duration, drain, replications, seed, raft, pbft, twoPc, c); }

    /** One replication. */
    public RunResult runOnce(int r) {
        return switch (protocol) {
            case RAFT -> new RaftCluster(nodes, topology, node, raft, faults, seed, r).run(clientRate, duration, drain);
            case MULTI_PAXOS -> new MultiPaxos(nodes, topology, node, raft, faults, seed, r).run(clientRate, duration, drain);
            case PBFT -> new Pbft((nodes - 1) / 3, topology, node, pbft, faults, seed, r).run(clientRate, duration, drain);
            case TWO_PHASE_COMMIT -> new TwoPhaseCommit(nodes, topology, node, twoPc, faults, seed, r).run(clientRate, duration, drain);
            case PRIMARY_BACKUP_SYNC -> new PrimaryBackup(nodes, topology, node, withMode(true), faults, seed, r).run(clientRate, duration, drain);
            case PRIMARY_BACKUP_ASYNC -> new PrimaryBackup(nodes, topology, node, withMode(false), faults, seed, r).run(clientRate, duration, drain);
        };
    }

    private ReplicationConfig withMode(boolean sync) {
        return new ReplicationConfig(sync, replication.sessionTimeout(), replication.clientTimeout(), replication.shipInterval());
    }

    /** Failure-free mean commit latency from the order-statistics theory; NaN for PBFT (no closed form here). */
    public double predictedCommit() {
        double h = CommitLatency.defaultStep(topology, node);
        return switch (protocol) {
            case RAFT, MULTI_PAXOS -> {
                // the first follower to time out wins, so each node leads with probability 1/n by symmetry of timers
                double s = 0;
                for (int l = 0; l < nodes; l++) s += CommitLatency.majorityQuorum(topology, nodes, l, node, h).mean();
                yield s / nodes;
            }
            case PRIMARY_BACKUP_SYNC -> CommitLatency.allReplicas(topology, nodes, 0, node, h).mean();
            case PRIMARY_BACKUP_ASYNC -> node.fsync().mean();
            case TWO_PHASE_COMMIT -> CommitLatency.twoPhaseCommit(topology, nodes, node, h).mean();
            case PBFT -> Double.NaN;
        };
    }

    public double predictedMessagesPerEntry() {
        return switch (protocol) {
            case RAFT -> MessageCounts.raft(nodes);
            case MULTI_PAXOS -> MessageCounts.multiPaxos(nodes);
            case PBFT -> MessageCounts.pbft(nodes);
            case TWO_PHASE_COMMIT -> MessageCounts.twoPhaseCommit(nodes);
            case PRIMARY_BACKUP_SYNC -> MessageCounts.primaryBackup(nodes);
            case PRIMARY_BACKUP_ASYNC -> MessageCounts.primaryBackupAsync(nodes, clientRate, replication.shipInterval());
        };
    }

    /** Runs the replications in parallel and summarises them. */
    public ExperimentResult run() {
        if (faults.maxNode() >= nodes + (protocol == Protocol.TWO_PHASE_COMMIT ? 1 : 0))
            throw Check.fail("faults", "node " + faults.maxNode(), "it must name nodes below " + nodes, null);
        List<RunResult> runs = Replications.run(replications, this::runOnce);
        List<String> violations = new ArrayList<>();
        long lost = 0, dup = 0, aborted = 0;
        for (RunResult r : runs) {
            violations.addAll(r.violations());
            lost += r.lostWrites();
            dup += r.duplicates();
            aborted += r.aborted();
        }
        return new ExperimentResult(protocol, topology.name(), nodes, replications,
                ci(runs, RunResult::meanCommit), ci(runs, RunResult::p50Commit), ci(runs, RunResult::p99Commit),
                ci(runs, RunResult::meanResponse), ci(runs, RunResult::p99Response), ci(runs, RunResult::throughput),
                ci(runs, RunResult::messagesPerOp), ci(runs, RunResult::protocolMessagesPerEntry), ci(runs, RunResult::bytesPerOp),
                ci(runs, RunResult::roundsPerOp), ci(runs, r -> r.elections()), ci(runs, RunResult::unavailableTime),
                ci(runs, RunResult::blockedTime), ci(runs, RunResult::meanInFlight), ci(runs, RunResult::littleL),
                lost, dup, aborted, predictedCommit(), predictedMessagesPerEntry(), runs, violations);
    }

    /** The 95% interval over replications, skipping replications where the metric is undefined (NaN). */
    private static ConfidenceInterval ci(List<RunResult> runs, ToDoubleFunction<RunResult> metric) {
        double[] xs = runs.stream().mapToDouble(metric).filter(x -> !Double.isNaN(x)).toArray();
        if (xs.length < 2) return new ConfidenceInterval(xs.length == 1 ? xs[0] : Double.NaN, Double.NaN, 0.95, xs.length);
        return ConfidenceInterval.ci95(xs);
    }
}
