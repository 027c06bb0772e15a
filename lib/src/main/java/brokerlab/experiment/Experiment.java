package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way to run a model: a {@link Model} and a {@link RunPlan}, run as independent replications in parallel,
 * summarised as {@link Estimates}. The command line, the notebooks, the widgets and the sweep runners all come
 * through here, so they cannot disagree.
 * <pre>{@code
 * Estimates<StationRun> e = Experiment.of(Station.mmc(0.2, 0.1, 3))
 *         .customers(200_000).replications(20).seed(42).run();
 * e.get(Metric.MEAN_WAIT);     // 4.44 ± 0.05 (95% CI, n=20); Erlang C gives 4.444
 *
 * Experiment.of(model).precision(0.05, Metric.MEAN_RESPONSE, Metric.P99_RESPONSE).run();   // run-length control
 * }</pre>
 * Immutable: every setter returns a new experiment. Same seed, same estimates, whatever the thread count.
 *
 * @param <R> what one replication of the model measures
 */
public final class Experiment<R extends Outcome> {
    private final Model<R> model;
    private final RunPlan plan;
    private final Progress progress;

    private Experiment(Model<R> model, RunPlan plan, Progress progress) {
        this.model = model;
        this.plan = plan;
        this.progress = progress;
    }

    /** An experiment with {@link RunPlan#defaults()}. */
    public static <R extends Outcome> Experiment<R> of(Model<R> model) {
        return new Experiment<>(Check.notNull("model", model), RunPlan.defaults(), Progress.NONE);
    }

    public Experiment<R> plan(RunPlan p) { return new Experiment<>(model, Check.notNull("plan", p), progress); }
    public Experiment<R> length(RunLength length) { return plan(plan.length(length)); }
    /** {@code n} measured customers after a warm-up of n / 10. */
    public Experiment<R> customers(long n) { return length(RunLength.customers(n)); }
    /** {@code duration} time units measured after {@code warmup}. */
    public Experiment<R> time(double warmup, double duration) { return length(RunLength.time(warmup, duration)); }
    public Experiment<R> replications(int r) { return plan(plan.replications(r)); }
    public Experiment<R> seed(long s) { return plan(plan.seed(s)); }
    public Experiment<R> threads(int t) { return plan(plan.threads(t)); }
    public Experiment<R> level(double l) { return plan(plan.level(l)); }
    public Experiment<R> progress(Progress p) { return new Experiment<>(model, plan, Check.notNull("progress", p)); }

    /** Run-length control: double the length until every listed metric's relative half-width is at most the target. */
    public Experiment<R> precision(double relativeHalfWidth, Metric... metrics) {
        return plan(plan.precision(RunPlan.Precision.of(relativeHalfWidth, metrics)));
    }

    /** Run-length control with a budget: at most {@code maxGrowth} times the initial run length. */
    public Experiment<R> precision(double relativeHalfWidth, double maxGrowth, Metric... metrics) {
        return plan(plan.precision(RunPlan.Precision.of(relativeHalfWidth, metrics).maxGrowth(maxGrowth)));
    }

    public Model<R> model() { return model; }
    public RunPlan plan() { return plan; }

    /** Replication {@code r} alone, on the calling thread. */
    public R runReplication(int replication) {
        Check.atLeast("replication", replication, 0);
        return model.run(plan.lengthFor(model), plan.seed(), replication);
    }

    /** Replication 0 alone: a single run, no interval. */
    public R runOnce() {
        return runReplication(0);
    }

    /** Every replication, in parallel; with a precision target, again at doubled lengths until it is met. */
    public Estimates<R> run() {
        RunLength length = plan.lengthFor(model);
        RunPlan.Precision precision = plan.precision();
        if (precision == null) {
            return new Estimates<>(model.describe(), length, plan.seed(), plan.level(), replicate(length, ""), List.of(), List.of());
        }
        List<Estimates.Stage> stages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        length = detectWarmup(length, warnings);
        double growth = 1;
        for (int stage = 1; ; stage++) {
            String label = String.format(Locale.ROOT, "stage %d (%s): ", stage, length);
            List<R> runs = replicate(length, label);
            var e = new Estimates<>(model.describe(), length, plan.seed(), plan.level(), runs, List.of(), List.of());
            Map<String, Double> widths = new LinkedHashMap<>();
            List<String> missed = new ArrayList<>();
            for (Metric m : precision.metrics()) {
                ConfidenceInterval ci = e.get(m);
                double w = ci.hasInterval() ? ci.relativeHalfWidth() : Double.POSITIVE_INFINITY;
                widths.put(m.name(), w);
                if (!(w <= precision.relativeHalfWidth())) missed.add(String.format(Locale.ROOT, "%s (%.1f%%)", m.name(), 100 * w));
            }
            stages.add(new Estimates.Stage(length, widths));
            if (missed.isEmpty()) {
                return new Estimates<>(model.describe(), length, plan.seed(), plan.level(), runs, warnings, stages);
            }
            if (growth * 2 > precision.maxGrowth()) {
                warnings.add(String.format(Locale.ROOT, "precision target %.1f%% not reached within the budget (%s, %.0fx the initial length): %s",
                        100 * precision.relativeHalfWidth(), length, growth, String.join(", ", missed)));
                return new Estimates<>(model.describe(), length, plan.seed(), plan.level(), runs, warnings, stages);
            }
            growth *= 2;
            length = length.times(2);
        }
    }

    /**
     * MSER-5 on a pilot trace of replication 0 (White 1997): where the model can trace its transient and the length
     * counts customers, the warm-up becomes the detected truncation point when that is longer than the planned
     * one (detection only ever lengthens a warm-up). A pilot whose MSER minimum lies in its second half has not
     * left the transient: that is a warning, and the planned warm-up stays.
     */
    private RunLength detectWarmup(RunLength length, List<String> warnings) {
        if (!(model instanceof TransientTrace trace) || !(length instanceof RunLength.Customers c)) return length;
        var detector = new brokerlab.stats.WarmupDetector();
        if (!trace.trace(c.total(), plan.seed(), 0, detector::add) || detector.points() < 4) return length;
        if (detector.reachedLimit()) {
            warnings.add(String.format(Locale.ROOT, "MSER-5 found the transient still running in the first half of a "
                    + "%,d-customer pilot: the warm-up of %,d customers may be too short; run longer", c.total(), c.warmup()));
            return length;
        }
        long detected = detector.truncationPoint();
        return detected > c.warmup() ? new RunLength.Customers(detected, c.measured()) : length;
    }

    private List<R> replicate(RunLength length, String label) {
        long seed = plan.seed();
        return Replications.run(plan.replications(), r -> model.run(length, seed, r), plan.threads(),
                (done, total, message) -> progress.update(done, total, label + message));
    }

    @Override
    public String toString() {
        return "Experiment(" + model.describe() + ", " + plan + ")";
    }
}
