package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

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
 * Immutable: every setter returns a new experiment. Same seed, same estimates, whatever the thread count. A
 * {@link Cancellation} stops a run early with the replications finished so far ({@link Estimates#partial()}).
 *
 * @param <R> what one replication of the model measures
 */
public final class Experiment<R extends Outcome> {
    private final Model<R> model;
    private final RunPlan plan;
    private final Progress progress;
    private final Cancellation cancellation;

    private Experiment(Model<R> model, RunPlan plan, Progress progress, Cancellation cancellation) {
        this.model = model;
        this.plan = plan;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /** An experiment with {@link RunPlan#defaults()}. */
    public static <R extends Outcome> Experiment<R> of(Model<R> model) {
        return new Experiment<>(Check.notNull("model", model), RunPlan.defaults(), Progress.NONE, Cancellation.NEVER);
    }

    public Experiment<R> plan(RunPlan p) { return new Experiment<>(model, Check.notNull("plan", p), progress, cancellation); }
    public Experiment<R> length(RunLength length) { return plan(plan.length(length)); }
    /** {@code n} measured customers after a warm-up of n / 10. */
    public Experiment<R> customers(long n) { return length(RunLength.customers(n)); }
    /** {@code duration} time units measured after {@code warmup}. */
    public Experiment<R> time(double warmup, double duration) { return length(RunLength.time(warmup, duration)); }
    public Experiment<R> replications(int r) { return plan(plan.replications(r)); }
    public Experiment<R> seed(long s) { return plan(plan.seed(s)); }
    public Experiment<R> threads(int t) { return plan(plan.threads(t)); }
    public Experiment<R> level(double l) { return plan(plan.level(l)); }
    public Experiment<R> progress(Progress p) { return new Experiment<>(model, plan, Check.notNull("progress", p), cancellation); }
    /** Stops {@link #run()} early when {@code c} is cancelled (see {@link Cancellation}). */
    public Experiment<R> cancellation(Cancellation c) { return new Experiment<>(model, plan, progress, Check.notNull("cancellation", c)); }

    /**
     * Run-length control: double the length until every listed metric's relative half-width is at most the target
     * and every listed percentile's replications are at least {@link Estimates#minimumPerReplication} long (50,000
     * customers for p99, 500,000 for p99.9: shorter runs give intervals that cover too rarely).
     */
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

    /**
     * Every replication, in parallel; with a precision target, again at doubled lengths until it is met. When the
     * {@link #cancellation} is cancelled, the estimates of the replications finished by then, marked partial (with
     * run-length control: of the current stage, or of the last whole one if none of the current stage finished);
     * with none finished at all, a {@link CancellationException}.
     */
    public Estimates<R> run() {
        cancellation.watch(true);
        try {
            return runStages();
        } finally {
            cancellation.watch(false);
        }
    }

    private Estimates<R> runStages() {
        RunLength length = plan.lengthFor(model);
        RunPlan.Precision precision = plan.precision();
        if (precision == null) {
            List<R> runs = replicate(length, "");
            return estimates(length, runs, new ArrayList<>(), List.of(), null);
        }
        List<Estimates.Stage> stages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        length = detectWarmup(length, warnings);
        double growth = 1;
        Estimates<R> last = null;
        for (int stage = 1; ; stage++) {
            String label = String.format(Locale.ROOT, "stage %d (%s): ", stage, length);
            List<R> runs = replicate(length, label);
            if (runs.size() < plan.replications()) return estimates(length, runs, warnings, stages, last);
            var e = new Estimates<>(model.describe(), length, plan.seed(), plan.level(), runs, List.of(), List.of());
            Map<String, Double> widths = new LinkedHashMap<>();
            List<String> missed = new ArrayList<>();
            for (Metric m : precision.metrics()) {
                ConfidenceInterval ci = e.get(m);
                double w = ci.hasInterval() ? ci.relativeHalfWidth() : Double.POSITIVE_INFINITY;
                widths.put(m.name(), w);
                if (!(w <= precision.relativeHalfWidth())) missed.add(String.format(Locale.ROOT, "%s (%.1f%%)", m.name(), 100 * w));
                else if (e.tooShort(m)) missed.add(String.format(Locale.ROOT, "%s (runs shorter than the %,d values its interval needs)",
                        m.name(), Estimates.minimumPerReplication(m.quantile())));
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
            last = e;
            growth *= 2;
            length = length.times(2);
        }
    }

    /**
     * The estimates of a pass that ran {@code runs}: whole when every planned replication finished; else (cancelled)
     * partial, from {@code runs}, or from {@code previous} (a whole earlier stage) when none of this pass finished.
     */
    private Estimates<R> estimates(RunLength length, List<R> runs, List<String> warnings, List<Estimates.Stage> stages,
                                   Estimates<R> previous) {
        int planned = plan.replications();
        if (runs.size() == planned) return new Estimates<>(model.describe(), length, plan.seed(), plan.level(), runs, warnings, stages);
        String why = cancellation.isCancelled() ? cancellation.reason() : "stopped";
        if (runs.isEmpty() && previous == null) {
            throw new CancellationException(why + " before any of the " + planned + " replications finished (" + length
                    + " each); nothing to report");
        }
        List<String> w = new ArrayList<>(warnings);
        if (runs.isEmpty()) {
            w.add(String.format(Locale.ROOT, "partial: %s during a longer stage (%s); these are the %d replications of "
                    + "the last whole stage (%s)", why, length, previous.replications(), previous.length()));
            return new Estimates<>(model.describe(), previous.length(), plan.seed(), plan.level(), previous.runs(), w, stages, true);
        }
        w.add(String.format(Locale.ROOT, "partial: %s after %d of %d replications; the estimates use those %d",
                why, runs.size(), planned, runs.size()));
        return new Estimates<>(model.describe(), length, plan.seed(), plan.level(), runs, w, stages, true);
    }

    /**
     * Wall-clock seconds one replication of the planned length takes, estimated before the run: replication 0 is
     * run at a short pilot length (from a ten-millionth of the plan, doubling until one pilot takes at least
     * {@code minSeconds} or the plan's length is reached) and the time scaled linearly to the full length. Rough
     * by design: the pilot pays the JIT's warm-up, so the estimate errs long. For an ETA before the first
     * replication finishes.
     */
    public double secondsPerReplication(double minSeconds) {
        Check.positive("minSeconds", minSeconds);
        RunLength full = plan.lengthFor(model);
        for (double f = 1e-7; ; f = Math.min(1, 2 * f)) {
            RunLength pilot = f >= 1 ? full : full.times(f);
            long start = System.nanoTime();
            model.run(pilot, plan.seed(), 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (seconds >= minSeconds || f >= 1) return seconds * full.measuredAmount() / pilot.measuredAmount();
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
                (done, total, message) -> progress.update(done, total, label + message), cancellation);
    }

    @Override
    public String toString() {
        return "Experiment(" + model.describe() + ", " + plan + ")";
    }
}
