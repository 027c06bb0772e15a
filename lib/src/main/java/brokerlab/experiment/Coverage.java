package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Are the intervals honest? Runs a model's experiment many times with independent seeds and counts how often the
 * interval of a metric contains its exact value. A 95% interval should cover about 95% of the time; coverage well
 * below means the intervals are too narrow (too short a run, a biased estimator, correlated replications).
 * <pre>{@code
 * Coverage c = Coverage.of("M/M/4, rho = 0.9", Station.mmc(3.6, 1, 4), Metric.MEAN_WAIT, new MMc(3.6, 1, 4).meanWait(),
 *         RunPlan.defaults().length(RunLength.customers(100_000)), 200);
 * c.fraction();   // about 0.95; c.interval() is its Clopper–Pearson 95% interval
 * }</pre>
 * Several metrics of one model are checked on the same experiments with {@link #of(String, Model, Map, RunPlan, int,
 * Progress)}, and a plan with a precision target (run-length control) runs each experiment through
 * {@link Experiment#run()}, so its intervals are exactly those a reader of that experiment would get.
 *
 * @param label                  what was tested, for tables
 * @param metric                 the metric whose intervals were checked
 * @param exact                  its exact value
 * @param experiments            independent experiments run
 * @param covered                how many of their intervals contained {@code exact}
 * @param missedLow              how many intervals lay entirely below {@code exact} (a low bias shows here)
 * @param measuredPerReplication mean measured run length of one replication over the experiments (customers, or
 *                               time for a time length): what an honest interval cost; NaN when not recorded
 */
public record Coverage(String label, Metric metric, double exact, int experiments, int covered, int missedLow,
                       double measuredPerReplication) {
    public Coverage {
        Check.notNull("label", label);
        Check.notNull("metric", metric);
        Check.atLeast("experiments", experiments, 1);
        if (covered < 0 || covered > experiments || missedLow < 0 || missedLow > experiments - covered) {
            throw Check.fail("covered", covered, "it must lie in [0, experiments] with missedLow <= experiments - covered", null);
        }
    }

    /**
     * The central range of covering counts for {@code experiments} honest intervals of level {@code nominal}: a count
     * outside it has probability at most {@code 1 - probability} when the intervals are honest.
     *
     * @param low  smallest count in the range
     * @param high largest count in the range
     */
    public record Range(int low, int high) {
        public boolean contains(int count) { return count >= low && count <= high; }
    }

    /**
     * Runs {@code experiments} independent experiments of {@code model} with {@code plan}, experiment k with seed
     * {@code plan.seed() + k}, and counts the intervals of {@code metric} that contain {@code exact}.
     */
    public static <R extends Outcome> Coverage of(String label, Model<R> model, Metric metric, double exact,
                                                  RunPlan plan, int experiments) {
        Check.notNull("metric", metric);
        return of(label, model, Map.of(metric, exact), plan, experiments, Progress.NONE).get(0);
    }

    /**
     * One {@link Coverage} per metric of {@code exact} (in the order the model measures them), all from the same experiments:
     * experiment k runs {@code plan} with seed {@code plan.seed() + k}. Without a precision target every
     * (experiment, replication) is one task of one parallel pool; with one, the experiments run one after another,
     * each with its own run-length control. {@code progress} hears of every finished task or experiment.
     */
    public static <R extends Outcome> List<Coverage> of(String label, Model<R> model, Map<Metric, Double> exact,
                                                        RunPlan plan, int experiments, Progress progress) {
        Check.notNull("model", model);
        Check.notNull("exact", exact);
        Check.notNull("plan", plan);
        Check.notNull("progress", progress);
        if (exact.isEmpty()) throw Check.fail("exact", "{}", "coverage needs at least one metric", "pass Map.of(Metric.MEAN_WAIT, value)");
        exact.forEach((m, x) -> Check.finite("exact " + m.name(), Check.notNull("exact value of " + m.name(), x)));
        Check.atLeast("experiments", experiments, 1);
        if (plan.replications() < 2) throw Check.fail("replications", plan.replications(), "coverage needs intervals", "use at least 2");
        List<Estimates<R>> all = plan.precision() == null ? fixedLength(model, plan, experiments, progress)
                : controlled(model, plan, experiments, progress);
        double measured = all.stream().mapToDouble(e -> e.length().measuredAmount()).average().orElse(Double.NaN);
        List<Coverage> out = new ArrayList<>();
        for (Metric m : all.get(0).metrics()) {
            Double x = exact.get(m);
            if (x == null) continue;
            int covered = 0, low = 0;
            for (Estimates<R> e : all) {
                ConfidenceInterval ci = e.get(m);
                if (ci.contains(x)) covered++;
                else if (ci.upper() < x) low++;
            }
            out.add(new Coverage(label, m, x, experiments, covered, low, measured));
        }
        if (out.size() < exact.size()) {
            List<String> missing = exact.keySet().stream().filter(m -> !all.get(0).has(m)).map(Metric::name).toList();
            throw Check.fail("exact", missing, "the model does not measure these metrics", "use metrics among " + all.get(0).metrics());
        }
        return out;
    }

    private static <R extends Outcome> List<Estimates<R>> fixedLength(Model<R> model, RunPlan plan, int experiments, Progress progress) {
        int reps = plan.replications();
        RunLength length = plan.lengthFor(model);
        List<R> flat = Replications.run(experiments * reps,
                task -> model.run(length, plan.seed() + task / reps, task % reps), plan.threads(), progress);
        List<Estimates<R>> out = new ArrayList<>(experiments);
        for (int k = 0; k < experiments; k++) {
            out.add(new Estimates<>(model.describe(), length, plan.seed() + k, plan.level(),
                    flat.subList(k * reps, (k + 1) * reps), List.of(), List.of()));
        }
        return out;
    }

    private static <R extends Outcome> List<Estimates<R>> controlled(Model<R> model, RunPlan plan, int experiments, Progress progress) {
        List<Estimates<R>> out = new ArrayList<>(experiments);
        for (int k = 0; k < experiments; k++) {
            out.add(Experiment.of(model).plan(plan.seed(plan.seed() + k)).run());
            progress.update(k + 1, experiments, "experiment " + (k + 1) + " of " + experiments);
        }
        return out;
    }

    public double fraction() {
        return (double) covered / experiments;
    }

    /** Intervals that lay entirely above the exact value. */
    public int missedHigh() {
        return experiments - covered - missedLow;
    }

    /** The Clopper–Pearson 95% interval of the true coverage, from the binomial count. */
    public ConfidenceInterval interval() {
        double lo = covered == 0 ? 0 : new BetaDistribution(null, covered, experiments - covered + 1).inverseCumulativeProbability(0.025);
        double hi = covered == experiments ? 1 : new BetaDistribution(null, covered + 1, experiments - covered).inverseCumulativeProbability(0.975);
        return new ConfidenceInterval(fraction(), lo, hi, 0.95, experiments, "Clopper-Pearson");
    }

    /**
     * The range of covering counts that honest intervals of level {@code nominal} give with probability at least
     * {@code probability} over {@code experiments} experiments (equal binomial tails outside it), e.g.
     * {@code expectedRange(200, 0.95, 0.99)} is 181..197.
     */
    public static Range expectedRange(int experiments, double nominal, double probability) {
        Check.atLeast("experiments", experiments, 1);
        Check.openUnit("nominal", nominal);
        Check.openUnit("probability", probability);
        var b = new BinomialDistribution(null, experiments, nominal);
        double tail = (1 - probability) / 2;
        // inverseCumulativeProbability(q) is the smallest x with P(X <= x) >= q, so P(X < low) < tail and P(X > high) <= tail
        int low = b.inverseCumulativeProbability(tail);
        int high = b.inverseCumulativeProbability(1 - tail);
        return new Range(low, high);
    }

    /** Whether the covering count is one that honest intervals of level {@code nominal} give with probability 0.99. */
    public boolean consistentWith(double nominal) {
        return expectedRange(experiments, nominal, 0.99).contains(covered);
    }

    /**
     * One row per coverage: case, metric, exact, experiments, covered, coverage and its Clopper–Pearson interval
     * (coverage_lo, coverage_hi), missed_low, missed_high, measured_per_replication.
     */
    public static Table table(List<Coverage> rows) {
        Check.notNull("rows", rows);
        Map<String, double[]> numbers = new LinkedHashMap<>();
        for (String name : List.of("exact", "coverage", "coverage_lo", "coverage_hi", "measured_per_replication")) {
            numbers.put(name, new double[rows.size()]);
        }
        int[] experiments = new int[rows.size()], covered = new int[rows.size()], low = new int[rows.size()], high = new int[rows.size()];
        String[] label = new String[rows.size()], metric = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Coverage c = rows.get(i);
            label[i] = c.label();
            metric[i] = c.metric().name();
            numbers.get("exact")[i] = c.exact();
            numbers.get("coverage")[i] = c.fraction();
            numbers.get("coverage_lo")[i] = c.interval().lower();
            numbers.get("coverage_hi")[i] = c.interval().upper();
            numbers.get("measured_per_replication")[i] = c.measuredPerReplication();
            experiments[i] = c.experiments();
            covered[i] = c.covered();
            low[i] = c.missedLow();
            high[i] = c.missedHigh();
        }
        return Table.create("coverage", StringColumn.create("case", label), StringColumn.create("metric", metric),
                DoubleColumn.create("exact", numbers.get("exact")), IntColumn.create("experiments", experiments),
                IntColumn.create("covered", covered), DoubleColumn.create("coverage", numbers.get("coverage")),
                DoubleColumn.create("coverage_lo", numbers.get("coverage_lo")), DoubleColumn.create("coverage_hi", numbers.get("coverage_hi")),
                IntColumn.create("missed_low", low), IntColumn.create("missed_high", high),
                DoubleColumn.create("measured_per_replication", numbers.get("measured_per_replication")));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %s: %d of %d intervals cover %.6g (%.1f%%, %d missed low)",
                label, metric.name(), covered, experiments, exact, 100 * fraction(), missedLow);
    }
}
