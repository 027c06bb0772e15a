package brokerlab.protocol.cap;

import brokerlab.consistency.Budget;
import brokerlab.consistency.History;
import brokerlab.consistency.LinearizabilityChecker;
import brokerlab.consistency.Operation;
import brokerlab.consistency.StaleReads;
import brokerlab.consistency.Verdict;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ClientWorkload;
import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.ReadMode;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.quorum.QuorumConfig;
import brokerlab.protocol.quorum.QuorumRun;
import brokerlab.protocol.quorum.QuorumScenario;
import brokerlab.protocol.quorum.QuorumWorkload;
import brokerlab.protocol.raft.Raft;
import brokerlab.protocol.replication.PrimaryBackup;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * CAP, measured: one workload through one partition for a consensus store (Raft, reads by ReadIndex), asynchronous
 * primary-backup (reads from the primary under its lease) and the Dynamo-style quorum store at several
 * (N, R, W), availability from the client's side beside the anomalies the linearizability checker finds.
 *
 * <p>The workload: half reads on {@code keys} keys, about {@code rate} operations per second in all, for
 * {@code runMs} ms; clients give up after {@code deadline} ms (the protocol clients then retry twice more, then
 * give up; the quorum clients move on). The partition cuts servers 0 and 1 (of five; Raft's first leader and the
 * first primary are node 0) off from the other three from a third to two thirds of the run. The quorum store's five
 * clients sit next to their servers, so two of them are on the minority side; the protocols' client endpoint is
 * placed on one side per run (it stands for the application servers of that side), so each protocol is run twice.
 * Primary-backup's coordination service stays with the majority.
 *
 * <p>Availability counts operations invoked while the partition lasted and answered ok within the deadline;
 * anomalies are the stale-read rate over the whole run and the runs whose history is not linearizable.
 *
 * @param runMs    simulated ms of traffic per run
 * @param keys     keys the operations spread over
 * @param rate     operations per second, all clients together
 * @param deadline the client's timeout, ms
 * @param budget   the checker's budget per history
 */
public record CapStudy(double runMs, int keys, double rate, double deadline, Budget budget) {
    private static final int SERVERS = 5;
    private static final int QUORUM_CLIENTS = 5;

    public CapStudy {
        Check.positive("runMs", runMs);
        Check.atLeast("keys", keys, 1);
        Check.positive("rate", rate);
        Check.positive("deadline", deadline);
        Check.notNull("budget", budget);
    }

    /** Three keys, 100 operations per second, a 60 ms deadline, the default budget. */
    public static CapStudy of(double runMs) {
        return new CapStudy(runMs, 3, 100, 60, Budget.DEFAULT);
    }

    /** The partition window, ms from the start of client traffic. */
    public double[] partition() {
        return new double[]{runMs / 3, 2 * runMs / 3};
    }

    /** Rows for Raft, asynchronous primary-backup (both client sides) and every quorum configuration (both sides). */
    public List<CapRow> rows(List<QuorumConfig> quorums, int runs, long seed) {
        Check.notNull("quorums", quorums);
        Check.atLeast("runs", runs, 1);
        List<CapRow> rows = new ArrayList<>();
        for (String side : List.of("minority", "majority")) {
            rows.add(protocol("raft (read-index)", raft(), ReadMode.READ_INDEX, side, runs, seed));
            rows.add(protocol("primary-backup async (primary reads)", primaryBackup(), ReadMode.LEASE, side, runs, seed));
        }
        for (QuorumConfig q : quorums) rows.addAll(quorum(q, runs, seed));
        return rows;
    }

    /** The rows as a table: system, side, runs, availability, stale_rate, not_linearizable, unknown. */
    public static Table table(List<CapRow> rows) {
        Check.notNull("rows", rows);
        Table t = Table.create("CAP measured", StringColumn.create("system"), StringColumn.create("clients"),
                IntColumn.create("runs"), DoubleColumn.create("availability"), DoubleColumn.create("stale_rate"),
                IntColumn.create("not_linearizable"), IntColumn.create("unknown"));
        for (CapRow r : rows) {
            t.stringColumn("system").append(r.system());
            t.stringColumn("clients").append(r.side());
            t.intColumn("runs").append(r.runs());
            t.doubleColumn("availability").append(Math.round(r.availability() * 1000) / 1000.0);
            t.doubleColumn("stale_rate").append(Math.round(r.staleRate() * 1000) / 1000.0);
            t.intColumn("not_linearizable").append(r.notLinearizable());
            t.intColumn("unknown").append(r.unknown());
        }
        return t;
    }

    private Raft raft() {
        Timeouts t = Raft.defaultTimeouts(Topology.ONE_DATACENTRE).withClient(deadline).withRetry(1, 3);
        return new Raft(ProtocolSettings.of(Topology.ONE_DATACENTRE, SERVERS, t).clientRate(rate));
    }

    private PrimaryBackup primaryBackup() {
        Timeouts t = PrimaryBackup.defaultTimeouts(Topology.ONE_DATACENTRE).withClient(deadline).withRetry(1, 3);
        return PrimaryBackup.async(ProtocolSettings.of(Topology.ONE_DATACENTRE, SERVERS, t).clientRate(rate), PrimaryBackup.SHIP_INTERVAL);
    }

    private CapRow protocol(String name, ProtocolModel model, ReadMode mode, String side, int runs, long seed) {
        double[] p = partition();
        int[] cutOff = side.equals("minority") ? new int[]{0, 1, FaultPlan.CLIENT} : new int[]{0, 1};
        ClientWorkload w = ClientWorkload.WRITES.keys(keys).reads(0.5, mode).recordHistory(true);
        ProtocolModel m = model.with(model.settings().workload(w).leader(0).faults(FaultPlan.none().partition(p[0], p[1], cutOff)));
        Tally tally = new Tally();
        for (int r = 0; r < runs; r++) {
            ProtocolRun run = m.run(RunLength.time(0, runMs), seed, r);
            double begin = run.get(ProtocolRun.COLD_START);    // the fault plan's clock starts with the client
            tally.add(run.history(), begin + p[0], begin + p[1], process -> true);
        }
        return tally.row(name, side, runs);
    }

    private List<CapRow> quorum(QuorumConfig q, int runs, long seed) {
        double[] p = partition();
        QuorumWorkload w = QuorumWorkload.of(QUORUM_CLIENTS, keys, runMs).clientTimeout(deadline)
                .thinkTime(QUORUM_CLIENTS * 1000 / rate);   // a closed loop: ~rate in all (replies take ~1 ms)
        QuorumScenario s = QuorumScenario.of("partition", w).budget(budget).faults(FaultPlan.none().partition(p[0], p[1], 0, 1));
        Tally minority = new Tally(), majority = new Tally();
        for (int r = 0; r < runs; r++) {
            QuorumRun run = s.run(q, seed, r);
            // client c runs next to server c mod nodes: clients of servers 0 and 1 are on the minority side
            minority.add(run.history(), p[0], p[1], c -> c % q.nodes() < 2);
            majority.add(run.history(), p[0], p[1], c -> c % q.nodes() >= 2);
        }
        String name = "quorum " + q.label();
        return List.of(minority.row(name, "minority", runs), majority.row(name, "majority", runs));
    }

    /** Availability of some clients' operations invoked in a window, and the checker's verdicts on whole histories. */
    private final class Tally {
        long invoked, answered, reads, stale;
        int rejected, unknown;

        void add(History h, double from, double to, IntPredicate clients) {
            for (Operation o : h.operations()) {
                if (!clients.test(o.process()) || o.invokeTime() < from || o.invokeTime() >= to) continue;
                invoked++;
                if (o.ok() && o.completeTime() - o.invokeTime() <= deadline) answered++;
            }
            StaleReads s = StaleReads.of(h);
            reads += s.reads();
            stale += s.stale();
            Verdict v = LinearizabilityChecker.check(h, budget);
            if (v.outcome() == Verdict.Outcome.NOT_LINEARIZABLE) rejected++;
            if (v.outcome() == Verdict.Outcome.UNKNOWN) unknown++;
        }

        CapRow row(String system, String side, int runs) {
            return new CapRow(system, side, runs, invoked == 0 ? Double.NaN : (double) answered / invoked,
                    reads == 0 ? 0 : (double) stale / reads, rejected, unknown);
        }
    }
}
