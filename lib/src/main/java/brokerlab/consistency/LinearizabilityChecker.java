package brokerlab.consistency;

import brokerlab.util.Check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a history of reads, writes and compare-and-sets on a key-value map is linearizable (Herlihy and
 * Wing 1990): whether every operation can be given one instant between its invoke and its completion such that,
 * in the order of those instants, each read returns the latest value written. Operations whose outcome is unknown
 * ({@code info}) may take effect at any time after their invoke, or never.
 *
 * <p>Keys are independent: a map is linearizable exactly when every key's sub-history is (Herlihy and Wing's
 * locality; Horn and Kroening's P-compositionality, "Faster linearizability checking via P-compositionality",
 * FORTE 2015), so each key is searched on its own, with Wing and Gong's backtracking, Lowe's memo table and a
 * forced-read rule ({@link LinearizationSearch}). When a key fails, the checker narrows the failure to the shortest
 * failing prefix (binary search over completions: prefixes of a linearizable history are linearizable), enumerates
 * the values the register can hold when the culprit was invoked, and drops overlapping reads that do not matter
 * ({@link Counterexample}).
 *
 * <pre>{@code
 * Verdict v = LinearizabilityChecker.check(HistoryFile.read(Path.of("history.jsonl")), Budget.DEFAULT);
 * System.out.println(v.summary());
 * if (v.counterexample() != null) System.out.println(v.counterexample().explanation());
 * }</pre>
 */
public final class LinearizabilityChecker {
    private LinearizabilityChecker() {}

    /** Checks {@code history} within the default budget. */
    public static Verdict check(History history) {
        return check(history, Budget.DEFAULT);
    }

    /** Checks {@code history} within {@code budget}; never runs past it (the verdict is then UNKNOWN for what is left). */
    public static Verdict check(History history, Budget budget) {
        Check.notNull("history", history);
        Check.notNull("budget", budget);
        BudgetMeter meter = new BudgetMeter(budget);
        Map<String, List<Operation>> keys = history.byKey();
        List<String> failed = new ArrayList<>(), unknown = new ArrayList<>();
        for (var entry : keys.entrySet()) {
            if (meter.exhausted()) { unknown.add(entry.getKey()); continue; }
            RegisterProblem problem = RegisterProblem.compile(entry.getValue(), Integer.MAX_VALUE, Set.of());
            switch (new LinearizationSearch(problem, meter).first()) {
                case NOT_LINEARIZABLE -> failed.add(entry.getKey());
                case OUT_OF_BUDGET -> unknown.add(entry.getKey());
                default -> { }
            }
        }
        Counterexample cx = failed.isEmpty() ? null : counterexample(failed.get(0), keys.get(failed.get(0)), meter);
        Verdict.Outcome outcome = !failed.isEmpty() ? Verdict.Outcome.NOT_LINEARIZABLE
                : unknown.isEmpty() ? Verdict.Outcome.LINEARIZABLE : Verdict.Outcome.UNKNOWN;
        return new Verdict(outcome, history.size(), keys.size(), failed, unknown, cx, meter.states(), budget,
                Duration.ofNanos(meter.elapsedNanos()), meter.exhaustedBy());
    }

    /** The smallest failing window of a key known not to be linearizable; partial if the budget runs out. */
    private static Counterexample counterexample(String key, List<Operation> ops, BudgetMeter meter) {
        List<Integer> returns = new ArrayList<>();
        for (Operation o : ops) if (o.ok()) returns.add(o.completeIndex());
        returns.sort(null);
        int lo = 0, hi = returns.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            var got = new LinearizationSearch(RegisterProblem.compile(ops, returns.get(mid) + 1, Set.of()), meter).first();
            if (got == LinearizationSearch.Outcome.OUT_OF_BUDGET) return partial(key, ops, returns.get(hi));
            if (got == LinearizationSearch.Outcome.NOT_LINEARIZABLE) hi = mid; else lo = mid + 1;
        }
        int end = returns.get(lo);
        Operation culprit = ops.stream().filter(o -> o.ok() && o.completeIndex() == end).findFirst().orElseThrow();
        int cut = end + 1;
        Set<Integer> dropped = new HashSet<>();
        List<Operation> concurrent = new ArrayList<>();
        for (Operation o : RegisterProblem.compile(ops, cut, Set.of()).source) {
            if (o == culprit || !overlaps(o, culprit)) continue;
            if (o.kind() == OpKind.READ) {
                // a read only adds a constraint, so dropping it is sound; keep it only if the window needs it
                Set<Integer> trial = new HashSet<>(dropped);
                trial.add(o.id());
                var got = new LinearizationSearch(RegisterProblem.compile(ops, cut, trial), meter).first();
                if (got == LinearizationSearch.Outcome.NOT_LINEARIZABLE) { dropped.add(o.id()); continue; }
            }
            concurrent.add(o);
        }
        RegisterProblem before = RegisterProblem.compile(ops, culprit.invokeIndex(), Set.of());
        TreeSet<Integer> codes = new LinearizationSearch(before, meter).reachableValues();
        if (codes == null) return new Counterexample(key, culprit, List.of(), concurrent, false);
        List<String> values = codes.stream().map(before.values::get).toList();
        return new Counterexample(key, culprit, values, concurrent, true);
    }

    private static Counterexample partial(String key, List<Operation> ops, int end) {
        Operation last = ops.stream().filter(o -> o.ok() && o.completeIndex() == end).findFirst().orElseThrow();
        return new Counterexample(key, last, List.of(), List.of(), false);
    }

    /** Do the two operations' intervals overlap? An operation without a completion lasts forever. */
    private static boolean overlaps(Operation o, Operation culprit) {
        boolean endsAfterStart = o.completeIndex() < 0 || o.status() != Operation.Status.OK || o.completeIndex() > culprit.invokeIndex();
        return o.invokeIndex() < culprit.completeIndex() && endsAfterStart;
    }
}
