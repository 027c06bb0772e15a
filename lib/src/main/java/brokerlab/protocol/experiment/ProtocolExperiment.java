package brokerlab.protocol.experiment;

import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.replication.PrimaryBackup;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The notebook entry point: one protocol on one topology, a thin fluent builder of a {@link ProtocolModel} and of
 * the {@link Experiment} that replicates it, with theory beside the simulation.
 * <pre>{@code
 * Estimates<ProtocolRun> e = ProtocolExperiment.of(Protocol.RAFT, Topology.THREE_ZONES)
 *         .nodes(5).loss(0.01).faults(FaultPlan.none().crashLeader(2000, 500))
 *         .clientRate(200).duration(5000).replications(10).seed(42).run();
 * e.get(ProtocolRun.MEAN_RESPONSE);   // client-visible, e.g. 2.6 ± 0.1 ms
 * }</pre>
 * Immutable: every setter returns a new experiment. Timers default to the protocol's scaling for the topology's
 * largest round trip ({@link Protocol#defaultTimeouts}) and can be overridden with {@link #timeouts}.
 * Replication r uses the streams of (seed, r), so results do not depend on the thread count.
 *
 * @param protocol         which protocol
 * @param settings         topology, nodes, faults, load, timers, drain and leader placement
 * @param abortProbability two-phase commit only: each participant votes no with this probability
 * @param shipInterval     asynchronous primary-backup only: ms between shipments to the backups
 * @param warmup           ms of client traffic discarded before the measured window
 * @param duration         ms of measured client traffic per replication
 * @param replications     independent replications, at least 2
 * @param seed             master seed
 * @param threads          worker threads (results do not depend on it)
 */
public record ProtocolExperiment(Protocol protocol, ProtocolSettings settings, double abortProbability, double shipInterval,
                                 double warmup, double duration, int replications, long seed, int threads) {
    public ProtocolExperiment {
        Check.notNull("protocol", protocol);
        Check.notNull("settings", settings);
        Check.nonNegative("warmup", warmup);
        Check.positive("duration", duration);
        Check.atLeast("replications", replications, 2);
        Check.atLeast("threads", threads, 1);
        protocol.build(new Raw(settings, abortProbability, shipInterval));     // fails early on a bad combination
    }

    /** What a model factory reads; the constructor validates through it before the record exists. */
    record Raw(ProtocolSettings settings, double abortProbability, double shipInterval) { }

    /** Defaults: the protocol's size and timers, no faults, 100 ops/s for 5 s, 10 replications, seed 1. */
    public static ProtocolExperiment of(Protocol protocol, Topology topology) {
        Check.notNull("protocol", protocol);
        var settings = ProtocolSettings.of(topology, protocol.defaultNodes(), protocol.defaultTimeouts(topology));
        return new ProtocolExperiment(protocol, settings, 0, PrimaryBackup.SHIP_INTERVAL, 0, 5000, 10, 1,
                Runtime.getRuntime().availableProcessors());
    }

    private ProtocolExperiment with(ProtocolSettings s) {
        return new ProtocolExperiment(protocol, s, abortProbability, shipInterval, warmup, duration, replications, seed, threads);
    }

    /** Replicas (PBFT: 3f + 1; two-phase commit: participants, the coordinator comes on top as node 0). */
    public ProtocolExperiment nodes(int n) { return with(settings.nodes(n)); }
    public ProtocolExperiment node(NodeConfig c) { return with(settings.node(c)); }
    /** What goes wrong; times count from the start of client traffic, after the cold-start election. */
    public ProtocolExperiment faults(FaultPlan f) { return with(settings.faults(f)); }
    public ProtocolExperiment loss(double p) { return faults(settings.faults().loss(p)); }
    /** Client operations per second (Poisson). */
    public ProtocolExperiment clientRate(double perSecond) { return with(settings.clientRate(perSecond)); }
    /** Election, heartbeat, client-retry and availability timers. */
    public ProtocolExperiment timeouts(Timeouts t) { return with(settings.timeouts(t)); }
    /** The node that leads first, or -1 for whoever the protocol picks. */
    public ProtocolExperiment leader(int node) { return with(settings.leader(node)); }
    /** Milliseconds the run continues after the last arrival so in-flight work finishes. */
    public ProtocolExperiment drain(double ms) { return with(settings.drain(ms)); }
    /** Milliseconds of measured client arrivals per replication. */
    public ProtocolExperiment duration(double ms) { return new ProtocolExperiment(protocol, settings, abortProbability, shipInterval, warmup, ms, replications, seed, threads); }
    /** Milliseconds of client arrivals discarded before the measured window. */
    public ProtocolExperiment warmup(double ms) { return new ProtocolExperiment(protocol, settings, abortProbability, shipInterval, ms, duration, replications, seed, threads); }
    public ProtocolExperiment replications(int r) { return new ProtocolExperiment(protocol, settings, abortProbability, shipInterval, warmup, duration, r, seed, threads); }
    public ProtocolExperiment seed(long s) { return new ProtocolExperiment(protocol, settings, abortProbability, shipInterval, warmup, duration, replications, s, threads); }
    public ProtocolExperiment threads(int t) { return new ProtocolExperiment(protocol, settings, abortProbability, shipInterval, warmup, duration, replications, seed, t); }
    public ProtocolExperiment abortProbability(double p) { return new ProtocolExperiment(protocol, settings, p, shipInterval, warmup, duration, replications, seed, threads); }
    public ProtocolExperiment shipInterval(double ms) { return new ProtocolExperiment(protocol, settings, abortProbability, ms, warmup, duration, replications, seed, threads); }

    public Topology topology() { return settings.topology(); }
    public int nodes() { return settings.nodes(); }
    public NodeConfig node() { return settings.node(); }
    public Timeouts timeouts() { return settings.timeouts(); }

    /** The model this experiment runs. */
    public ProtocolModel model() {
        return protocol.build(new Raw(settings, abortProbability, shipInterval));
    }

    /** The run length of every replication: warm-up, then the measured duration, in ms of client traffic. */
    public RunLength length() {
        return RunLength.time(warmup, duration);
    }

    /** The model under the one runner, with this experiment's length, replications, seed and threads. */
    public Experiment<ProtocolRun> experiment() {
        return Experiment.of(model()).length(length()).replications(replications).seed(seed).threads(threads);
    }

    /** Runs the replications in parallel. */
    public Estimates<ProtocolRun> run() {
        return experiment().run();
    }

    /** Replication {@code r} alone. */
    public ProtocolRun runOnce(int r) {
        return experiment().runReplication(r);
    }

    public double predictedCommit() { return model().predictedCommit(); }
    public double predictedResponse() { return model().predictedResponse(); }
    public double predictedMessagesPerEntry() { return model().predictedMessagesPerEntry(); }

    /** Metrics {@link #table} reports, with their interval half-widths. */
    private static final List<Metric> TABLED = List.of(ProtocolRun.MEAN_RESPONSE, ProtocolRun.P99_RESPONSE, ProtocolRun.MEAN_COMMIT,
            ProtocolRun.P99_COMMIT, ProtocolRun.THROUGHPUT, ProtocolRun.MESSAGES_PER_OP, ProtocolRun.PROTOCOL_MESSAGES_PER_ENTRY,
            ProtocolRun.BYTES_PER_OP, ProtocolRun.ROUNDS_PER_OP, ProtocolRun.ELECTIONS, ProtocolRun.COLD_START, ProtocolRun.UNAVAILABLE,
            ProtocolRun.CLIENT_UNAVAILABLE, ProtocolRun.BLOCKED, ProtocolRun.MEAN_IN_FLIGHT, ProtocolRun.LITTLE_L);

    /**
     * Runs each experiment and returns one row per experiment, for sweeps in notebooks: protocol, topology, nodes,
     * then for each metric its estimate and its interval half-width ({@code *_hw}), then the theory
     * ({@code theory_response}, {@code theory_commit}, {@code theory_messages_per_entry}) and the number of safety
     * violations found. Times in ms, throughput in operations per second.
     */
    public static Table table(List<ProtocolExperiment> experiments) {
        StringColumn protocol = StringColumn.create("protocol"), topology = StringColumn.create("topology");
        IntColumn nodes = IntColumn.create("nodes"), violations = IntColumn.create("violations");
        Table t = Table.create("protocol experiments", protocol, topology, nodes);
        for (Metric m : TABLED) t.addColumns(DoubleColumn.create(m.name()), DoubleColumn.create(m.name() + "_hw"));
        DoubleColumn response = DoubleColumn.create("theory_response"), commit = DoubleColumn.create("theory_commit"),
                messages = DoubleColumn.create("theory_messages_per_entry");
        t.addColumns(response, commit, messages, violations);
        for (ProtocolExperiment x : experiments) {
            Estimates<ProtocolRun> e = x.run();
            protocol.append(x.protocol().name());
            topology.append(x.topology().name());
            nodes.append(x.nodes());
            for (Metric m : TABLED) {
                ConfidenceInterval ci = e.get(m);
                t.doubleColumn(m.name()).append(ci.estimate());
                t.doubleColumn(m.name() + "_hw").append(ci.halfWidth());
            }
            response.append(x.predictedResponse());
            commit.append(x.predictedCommit());
            messages.append(x.predictedMessagesPerEntry());
            violations.append(ProtocolRun.violations(e.runs()).size());
        }
        return t;
    }

    @Override public String toString() {
        return model().describe() + ", " + settings.clientRate() + " ops/s, " + duration + " ms, " + replications + " replications, seed " + seed;
    }
}
