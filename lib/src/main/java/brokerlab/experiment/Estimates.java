package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.MedianInterval;
import brokerlab.stats.QuantileSketch;
import brokerlab.util.Check;
import brokerlab.util.Json;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an {@link Experiment} found: for every metric its point estimate and confidence interval over the
 * independent replications, the replications themselves, and the plan that produced them. The one result type
 * of every model, so a station, a protocol and a measured broker sit in one table.
 *
 * <p>Interval rule (method of independent replications, Law, <i>Simulation Modeling and Analysis</i>, 5th ed.,
 * §9.4): a Student-t interval of the per-replication values. Where a metric's per-replication values may have
 * infinite variance ({@link Outcome#infiniteVariance}), the central limit theorem does not apply and a t interval
 * would not be honest: the estimate is then the median over replications with a distribution-free order-statistic
 * interval ({@link MedianInterval}), and {@link #notes()} says so. Replications where a metric is NaN (undefined in
 * that run) are skipped for that metric; its interval counts only the others.
 *
 * @param <R> what one replication measured
 */
public final class Estimates<R extends Outcome> {
    private final String model;
    private final RunLength length;
    private final long seed;
    private final double level;
    private final List<R> runs;
    private final List<String> warnings;
    private final List<Stage> stages;
    private final boolean partial;
    private final List<Metric> metrics;
    private final Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final java.util.Set<String> tooShort = new java.util.HashSet<>();

    /**
     * Values beyond the quantile that every replication must hold before a pooled percentile's sectioning interval
     * is trusted. With fewer, each replication's percentile is biased (low, for the upper tail of a loaded queue) by
     * about as much as it scatters, and the interval covers too rarely. Measured on M/M/4 at rho = 0.9, independent
     * 95% intervals against the exact Erlang value: p99.9 over 8 replications covered 82 of 100 at 30,000 customers
     * per replication (30 values beyond p99.9), 90 of 100 at 200,000 (200 beyond) and 95 of 100 at 500,000 (500
     * beyond); p99 over 10 replications 115 of 200 at 2,000 customers (20 beyond), 178 of 200 at 20,000 (200 beyond)
     * and 187 of 200 at 50,000 (500 beyond). Five hundred is the smallest round count at which both were inside the
     * 90-98% band. See {@link #minimumPerReplication}.
     */
    public static final int MIN_TAIL_VALUES = 500;

    /** One pass of run-length control: the length run and each controlled metric's relative half-width. */
    public record Stage(RunLength length, Map<String, Double> relativeHalfWidths) {
        public Stage {
            relativeHalfWidths = Collections.unmodifiableMap(new LinkedHashMap<>(relativeHalfWidths));
        }
    }

    /**
     * Estimates from finished replications (in replication order).
     *
     * @param model    the model's description
     * @param length   the run length of every replication, or null when not recorded (replications run by hand)
     * @param seed     the master seed
     * @param level    confidence level
     * @param runs     the replications, at least one, all measuring the same metrics
     * @param warnings what the runner wants the reader to know (e.g. a precision target missed); may be empty
     * @param stages   run-length control passes, empty when the length was fixed
     */
    public Estimates(String model, RunLength length, long seed, double level, List<R> runs, List<String> warnings, List<Stage> stages) {
        this(model, length, seed, level, runs, warnings, stages, false);
    }

    /**
     * As the other constructor; {@code partial} marks estimates from fewer replications than planned (a run
     * stopped early by a {@link Cancellation}); a warning should say how many of how many.
     */
    public Estimates(String model, RunLength length, long seed, double level, List<R> runs, List<String> warnings,
                     List<Stage> stages, boolean partial) {
        this.partial = partial;
        this.model = Check.notNull("model", model);
        this.length = length;
        this.seed = seed;
        this.level = Check.openUnit("level", level);
        Check.notNull("runs", runs);
        if (runs.isEmpty()) throw Check.fail("replications", 0, "estimates need at least one replication", "run at least one");
        this.runs = List.copyOf(runs);
        this.warnings = List.copyOf(warnings);
        this.stages = List.copyOf(stages);
        this.metrics = runs.get(0).measurements().metrics();
        for (Metric m : metrics) intervals.put(m.name(), interval(m));
    }

    /**
     * The fewest measured values per replication for which a pooled percentile at {@code quantile} gets a trusted
     * sectioning interval: {@link #MIN_TAIL_VALUES} / (1 − quantile), so 50,000 for p99 and 500,000 for p99.9.
     * Shorter replications still get an interval, but {@link #tooShort} reports it and {@link #notes()} says why;
     * run-length control ({@link Experiment#precision}) keeps doubling the length until every controlled percentile
     * reaches it, or warns when its budget runs out first.
     */
    public static long minimumPerReplication(double quantile) {
        Check.openUnit("quantile", quantile);
        return (long) Math.ceil(MIN_TAIL_VALUES / (1 - quantile) - 1e-6);   // 500 / (1 - 0.999) is 499,999.99999999953
    }

    /** Estimates at level 0.95 from replications run by hand (the length and seed are not recorded). */
    public static <R extends Outcome> Estimates<R> of(List<R> runs) {
        return of(runs, 0.95);
    }

    /** As {@link #of(List)} at another confidence level. */
    public static <R extends Outcome> Estimates<R> of(List<R> runs, double level) {
        return new Estimates<>("replications", null, 0, level, runs, List.of(), List.of());
    }

    private ConfidenceInterval interval(Metric m) {
        double[] all = values(m);
        double[] xs = java.util.Arrays.stream(all).filter(x -> !Double.isNaN(x)).toArray();
        if (xs.length == 0) return new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN, level, 0, "undefined in every replication");
        boolean heavy = runs.stream().anyMatch(r -> r.infiniteVariance(m));
        boolean infinite = java.util.Arrays.stream(xs).anyMatch(Double::isInfinite);
        if (xs.length == 1) return ConfidenceInterval.single(xs[0], level);
        if (m.kind() == Metric.Kind.PERCENTILE && !infinite) {
            List<QuantileSketch> sketches = new ArrayList<>();
            for (R r : runs) {
                QuantileSketch s = r.sketch(m);
                if (s == null) break;
                if (s.count() > 0) sketches.add(s);
            }
            if (sketches.size() == xs.length) return pooled(m, sketches, xs, heavy);
        }
        if (heavy || infinite) {
            if (MedianInterval.reaches(xs.length, level)) {
                notes.add(m.name() + ": " + (heavy ? "may have infinite variance (heavy tail)" : "infinite in some replication")
                        + "; median of " + xs.length + " replications with a distribution-free interval");
                return ConfidenceInterval.median(xs, level);
            }
            notes.add(m.name() + ": may have infinite variance, and " + xs.length + " replications are too few for a "
                    + "distribution-free interval at level " + level + "; the median is reported without an interval");
            java.util.Arrays.sort(xs);
            double median = xs.length % 2 == 1 ? xs[xs.length / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
            return new ConfidenceInterval(median, Double.NaN, Double.NaN, level, xs.length, ConfidenceInterval.MEDIAN);
        }
        return ConfidenceInterval.of(xs, level);
    }

    /**
     * A percentile pooled over replications: the quantile of their averaged empirical CDF. Interval by sectioning
     * (Nakayama, "Confidence intervals for quantiles using sectioning when applying variance-reduction
     * techniques", ACM TOMACS 24(4), 2014; Asmussen &amp; Glynn, <i>Stochastic Simulation</i>, 2007, §III.5a): the
     * pooled point xi plus or minus t(b − 1) S / sqrt(b), where S² = sum_i (xi_i − xi)² / (b − 1) measures the
     * b per-run percentiles xi_i about the pooled point, not about their own mean; where the variance may be
     * infinite, by a percentile bootstrap over replications instead (resample runs, pool, take the quantile;
     * 1,000 resamples, fixed seed).
     */
    private ConfidenceInterval pooled(Metric m, List<QuantileSketch> sketches, double[] perRun, boolean heavy) {
        double q = m.quantile();
        double point = QuantileSketch.pooledQuantile(sketches, q);
        if (!heavy) {
            long fewest = sketches.stream().mapToLong(QuantileSketch::count).min().orElseThrow();
            long needed = minimumPerReplication(q);
            if (fewest < needed) {
                tooShort.add(m.name());
                notes.add(String.format(Locale.ROOT, "%s: replications of %,d values hold about %.0f beyond the quantile, "
                        + "fewer than %d: the sectioning interval covers too rarely at this length; run at least %,d per replication",
                        m.name(), fewest, fewest * (1 - q), MIN_TAIL_VALUES, needed));
            }
            double half = sectioningHalfWidth(point, perRun);
            return new ConfidenceInterval(point, point - half, point + half, level, perRun.length, "pooled, sectioning");
        }
        int n = sketches.size(), b = 1_000;
        double[] boot = new double[b];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(0x5EEDL ^ m.name().hashCode());
        int[][] picks = new int[b][n];                 // drawn in one order, so the resamples do not depend on threads
        for (int[] pick : picks) for (int j = 0; j < n; j++) pick[j] = rng.nextInt(n);
        // Pooling a resample is a bisection over n sketches: a thousand of them took as long as the simulation of
        // a heavy-tailed grid point (notebook 02), so they run on every core, as replications do.
        java.util.stream.IntStream.range(0, b).parallel().forEach(i -> {
            List<QuantileSketch> resample = new ArrayList<>(n);
            for (int j : picks[i]) resample.add(sketches.get(j));
            boot[i] = QuantileSketch.pooledQuantile(resample, q);
        });
        java.util.Arrays.sort(boot);
        double alpha = (1 - level) / 2;
        notes.add(m.name() + ": heavy tail; pooled over " + n + " replications with a percentile-bootstrap interval");
        return new ConfidenceInterval(point, boot[(int) Math.floor(alpha * (b - 1))], boot[(int) Math.ceil((1 - alpha) * (b - 1))],
                level, n, "pooled, bootstrap");
    }

    /**
     * Sectioning's half-width. A short run's percentile is biased (low, for the upper tail of a loaded queue), so
     * the per-run values scatter about a point below the pooled one; measuring their spread about the pooled point
     * counts that bias as uncertainty, where their own mean would hide it: at p99.9 of M/M/4 with rho = 0.9 and
     * 8 runs of 30,000 customers, 64 of 100 independent intervals about the mean covered the exact value, 82
     * about the pooled point (measured while fixing issue 13.3; with 480,000 customers per run both covered 94).
     */
    private double sectioningHalfWidth(double point, double[] perRun) {
        int b = perRun.length;
        // deviations divided by the largest one before squaring: responses of 1e-300 s (rates of 1e300) would
        // otherwise square to 0, and those of 1e300 s to infinity
        double largest = 0;
        for (double x : perRun) largest = Math.max(largest, Math.abs(x - point));
        if (largest == 0) return 0;
        double sum = 0;
        for (double x : perRun) sum += ((x - point) / largest) * ((x - point) / largest);
        double t = new org.apache.commons.math3.distribution.TDistribution(b - 1).inverseCumulativeProbability(0.5 + level / 2);
        return t * largest * Math.sqrt(sum / (b - 1) / b);
    }

    /** The interval of a metric. */
    public ConfidenceInterval get(Metric metric) {
        return get(Check.notNull("metric", metric).name());
    }

    /** The interval of the metric with this snake_case name, e.g. {@code "p99_response"}. */
    public ConfidenceInterval get(String name) {
        ConfidenceInterval ci = intervals.get(name);
        if (ci == null) throw Measurements.unknown(name, intervals.keySet());
        return ci;
    }

    /** The point estimate of a metric (the mean over replications, or the median where the variance may be infinite). */
    public double point(Metric metric) {
        return get(metric).estimate();
    }

    /** The per-replication values of a metric, in replication order (NaN where undefined in a run). */
    public double[] values(Metric metric) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) v[i] = runs.get(i).measurements().get(metric.name());
        return v;
    }

    /**
     * A paired comparison under common random numbers: the ratio of this metric to {@code baseline}'s, replication
     * by replication (replication r of both saw the same arrivals and demands), with a Student-t interval of the
     * per-replication ratios, or the median with a distribution-free interval when either side may have infinite
     * variance. Pairing removes the input noise the two share, so the interval is much narrower than one built
     * from the two separate intervals.
     */
    public ConfidenceInterval pairedRatio(Estimates<?> baseline, Metric metric) {
        Check.notNull("baseline", baseline);
        Check.notNull("metric", metric);
        if (baseline.replications() != replications()) {
            throw Check.fail("baseline", baseline.replications() + " replications", "a paired ratio needs the same "
                    + "replications on both sides (" + replications() + " here)", "run both with the same plan and seed");
        }
        double[] mine = values(metric), theirs = baseline.values(metric), ratio = new double[mine.length];
        for (int i = 0; i < ratio.length; i++) ratio[i] = mine[i] / theirs[i];
        if (ratio.length == 1) return ConfidenceInterval.single(ratio[0], level);
        boolean heavy = runs.stream().anyMatch(r -> r.infiniteVariance(metric))
                || baseline.runs().stream().anyMatch(r -> r.infiniteVariance(metric));
        return heavy && MedianInterval.reaches(ratio.length, level) ? ConfidenceInterval.median(ratio, level)
                : ConfidenceInterval.of(ratio, level);
    }

    /** The metrics every replication measured, in order. */
    public List<Metric> metrics() { return metrics; }

    public boolean has(Metric metric) { return intervals.containsKey(metric.name()); }

    public List<R> runs() { return runs; }

    public int replications() { return runs.size(); }

    public String model() { return model; }

    /** The run length of every replication; null for estimates built by {@link #of(List)} from runs made by hand. */
    public RunLength length() { return length; }

    public long seed() { return seed; }

    public double level() { return level; }

    /** Things the reader must know: a precision target missed, a budget run out. Empty when all went to plan. */
    public List<String> warnings() { return warnings; }

    /**
     * True when {@code metric} is a pooled percentile whose replications are shorter than
     * {@link #minimumPerReplication} for its quantile: its sectioning interval is then unreliable (too narrow for the
     * bias of short runs), and {@link #notes()} says how much longer to run.
     */
    public boolean tooShort(Metric metric) {
        Check.notNull("metric", metric);
        return tooShort.contains(metric.name());
    }

    /** How the interval of each metric was built where it is not a plain t interval. */
    public List<String> notes() { return Collections.unmodifiableList(notes); }

    /** Run-length control passes, in order; empty when the length was fixed. */
    public List<Stage> stages() { return stages; }

    /** True when the run was stopped early and these estimates use only the replications finished by then. */
    public boolean partial() { return partial; }

    /** One row per metric: metric, unit, estimate, lower, upper, half_width, n, method. */
    public Table table() {
        StringColumn name = StringColumn.create("metric"), unit = StringColumn.create("unit"), method = StringColumn.create("method");
        DoubleColumn est = DoubleColumn.create("estimate"), lo = DoubleColumn.create("lower"), hi = DoubleColumn.create("upper"),
                hw = DoubleColumn.create("half_width");
        IntColumn n = IntColumn.create("n");
        for (Metric m : metrics) {
            ConfidenceInterval ci = get(m);
            name.append(m.name());
            unit.append(m.unit());
            est.append(ci.estimate());
            lo.append(ci.lower());
            hi.append(ci.upper());
            hw.append(ci.halfWidth());
            n.append((int) ci.samples());
            method.append(ci.method());
        }
        return Table.create(model, name, unit, est, lo, hi, hw, n, method);
    }

    /**
     * The estimates as one flat row: for each metric {@code name}, {@code name_lo} and {@code name_hi} (the interval
     * ends, NaN without an interval), in metric order. Sweeps stack these rows into a table.
     */
    public Map<String, Double> row(Metric... only) {
        List<Metric> which = only.length == 0 ? metrics : List.of(only);
        Map<String, Double> row = new LinkedHashMap<>();
        for (Metric m : which) {
            ConfidenceInterval ci = get(m);
            row.put(m.name(), ci.estimate());
            row.put(m.name() + "_lo", ci.lower());
            row.put(m.name() + "_hi", ci.upper());
        }
        return row;
    }

    /** Everything as nested maps and lists (snake_case keys), ready for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model);
        out.put("length", String.valueOf(length));
        out.put("replications", runs.size());
        out.put("partial", partial);
        out.put("seed", seed);
        out.put("level", level);
        Map<String, Object> ms = new LinkedHashMap<>();
        for (Metric m : metrics) {
            ConfidenceInterval ci = get(m);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("estimate", ci.estimate());
            e.put("lower", ci.lower());
            e.put("upper", ci.upper());
            e.put("half_width", ci.halfWidth());
            e.put("n", ci.samples());
            e.put("method", ci.method());
            e.put("unit", m.unit());
            ms.put(m.name(), e);
        }
        out.put("metrics", ms);
        out.put("warnings", warnings);
        out.put("notes", notes());
        return out;
    }

    /** {@link #toMap()} as a JSON document. */
    public String toJson() {
        return Json.write(toMap());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %d replications x %s, seed %d%n",
                model, runs.size(), length == null ? "(length not recorded)" : length, seed));
        int width = metrics.stream().mapToInt(m -> m.name().length()).max().orElse(0);
        for (Metric m : metrics) sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", m.name(), get(m)));
        for (String w : warnings) sb.append("  WARNING: ").append(w).append(System.lineSeparator());
        return sb.toString().stripTrailing();
    }
}
