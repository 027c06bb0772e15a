package brokerlab.protocol.cap;

import brokerlab.consistency.Budget;
import brokerlab.consistency.History;
import brokerlab.consistency.LinearizabilityChecker;
import brokerlab.consistency.OpKind;
import brokerlab.consistency.Operation;
import brokerlab.consistency.Verdict;
import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * Checks one protocol's read mode from the clients' side: {@code runs} runs of {@code model} under the
 * {@link ReadScenario} (run r uses substream r of {@code seed}, its own cut window and clock rate), each run's
 * history decided by {@link LinearizabilityChecker}. Runs go one after another, so the result does not depend on
 * threads.
 */
public final class ReadStudy {
    private ReadStudy() {}

    /** The model's read mode comes from the scenario's workload; the model supplies protocol, size and timers. */
    public static ReadCheck check(ProtocolModel model, ReadScenario scenario, int runs, long seed, Budget budget) {
        Check.notNull("model", model);
        Check.notNull("scenario", scenario);
        Check.atLeast("runs", runs, 1);
        Check.notNull("budget", budget);
        int bad = 0, unknown = 0, first = -1;
        long ops = 0, okReads = 0, ok = 0;
        String explanation = "";
        for (int r = 0; r < runs; r++) {
            ProtocolRun run = scenario.model(model, seed, r).run(scenario.length(), seed, r);
            History h = run.history();
            Verdict v = LinearizabilityChecker.check(h, budget);
            ops += h.size();
            ok += h.count(Operation.Status.OK);
            okReads += h.operations().stream().filter(o -> o.ok() && o.kind() == OpKind.READ).count();
            if (v.outcome() == Verdict.Outcome.UNKNOWN) unknown++;
            if (v.outcome() == Verdict.Outcome.NOT_LINEARIZABLE) {
                bad++;
                if (first < 0) {
                    first = r;
                    explanation = v.counterexample() == null ? v.summary() : v.counterexample().explanation();
                }
            }
        }
        return new ReadCheck(model.name(), scenario.workload().readMode().label(), runs, bad, unknown, ops, okReads,
                ops == 0 ? 0 : (double) ok / ops, first, explanation);
    }

    /** One row per check: protocol, mode, runs, not linearizable, unknown, operations, ok reads, answered. */
    public static Table table(List<ReadCheck> checks) {
        Check.notNull("checks", checks);
        Table t = Table.create("reads checked",
                StringColumn.create("protocol"), StringColumn.create("read_mode"), IntColumn.create("runs"),
                IntColumn.create("not_linearizable"), IntColumn.create("unknown"), IntColumn.create("operations"),
                IntColumn.create("ok_reads"), DoubleColumn.create("answered"));
        for (ReadCheck c : checks) {
            t.stringColumn("protocol").append(c.protocol());
            t.stringColumn("read_mode").append(c.mode());
            t.intColumn("runs").append(c.runs());
            t.intColumn("not_linearizable").append(c.violatingRuns());
            t.intColumn("unknown").append(c.unknownRuns());
            t.intColumn("operations").append((int) c.operations());
            t.intColumn("ok_reads").append((int) c.okReads());
            t.doubleColumn("answered").append(Math.round(c.answered() * 1000) / 1000.0);
        }
        return t;
    }
}
