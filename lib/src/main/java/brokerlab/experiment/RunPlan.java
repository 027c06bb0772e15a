package brokerlab.experiment;

import brokerlab.util.Check;

import java.util.List;

/**
 * How to run a model, apart from the model itself: the run length, the number of independent replications, the
 * seed, the thread count, the confidence level and, optionally, a precision target (run-length control). The same
 * plan runs any {@link Model}; {@link Experiment} pairs the two.
 *
 * @param length       run length of every replication; null means the model's {@link Model#defaultLength()}
 * @param replications independent replications, at least 1 (at least 2 for an interval)
 * @param seed         master seed: replication r uses the streams of (seed, r)
 * @param threads      worker threads, at least 1; results do not depend on it
 * @param level        confidence level of the intervals, in (0, 1)
 * @param precision    run-length control, or null to run {@code length} once
 */
public record RunPlan(RunLength length, int replications, long seed, int threads, double level, Precision precision) {
    /** Replications when a plan does not say: enough for a t interval and a distribution-free median interval. */
    public static final int DEFAULT_REPLICATIONS = 10;

    public RunPlan {
        Check.atLeast("replications", replications, 1);
        Check.atLeast("threads", threads, 1);
        Check.openUnit("level", level);
        if (precision != null && replications < 2) {
            throw Check.fail("replications", replications, "run-length control needs intervals, so at least 2 replications",
                    "use replications(10)");
        }
    }

    /** The defaults: model's own length, 10 replications, seed 1, one thread per core, 95% intervals, no control. */
    public static RunPlan defaults() {
        return new RunPlan(null, DEFAULT_REPLICATIONS, 1, Runtime.getRuntime().availableProcessors(), 0.95, null);
    }

    public RunPlan length(RunLength l) { return new RunPlan(Check.notNull("length", l), replications, seed, threads, level, precision); }
    public RunPlan replications(int r) { return new RunPlan(length, r, seed, threads, level, precision); }
    public RunPlan seed(long s) { return new RunPlan(length, replications, s, threads, level, precision); }
    public RunPlan threads(int t) { return new RunPlan(length, replications, seed, t, level, precision); }
    public RunPlan level(double l) { return new RunPlan(length, replications, seed, threads, l, precision); }
    public RunPlan precision(Precision p) { return new RunPlan(length, replications, seed, threads, level, p); }

    /** The run length for {@code model}: this plan's, or the model's default. */
    public RunLength lengthFor(Model<?> model) {
        return length != null ? length : model.defaultLength();
    }

    /**
     * Run-length control, as JMT's confidence-interval stopping rule: run, and while some requested metric's
     * relative half-width is above {@code relativeHalfWidth}, double the run length and run again, up to
     * {@code maxGrowth} times the initial length. When the limit is reached first the estimates carry a warning
     * naming the metrics that missed the target and the precision they reached.
     *
     * @param relativeHalfWidth target half-width / |estimate|, e.g. 0.05
     * @param metrics           the metrics that must reach it (at least one)
     * @param maxGrowth         the largest run length as a multiple of the initial one, at least 1 (a power of 2
     *                          is reached exactly; 64 allows six doublings)
     */
    public record Precision(double relativeHalfWidth, List<Metric> metrics, double maxGrowth) {
        /** The default target, 5% relative half-width. */
        public static final double DEFAULT_TARGET = 0.05;
        /** The default budget, six doublings of the initial length. */
        public static final double DEFAULT_MAX_GROWTH = 64;

        public Precision {
            Check.openUnit("relativeHalfWidth", relativeHalfWidth);
            Check.notNull("metrics", metrics);
            if (metrics.isEmpty()) throw Check.fail("metrics", "[]", "precision needs at least one metric", "e.g. Metric.MEAN_RESPONSE");
            metrics = List.copyOf(metrics);
            Check.atLeast("maxGrowth", maxGrowth, 1.0);
        }

        public static Precision of(double relativeHalfWidth, Metric... metrics) {
            return new Precision(relativeHalfWidth, List.of(metrics), DEFAULT_MAX_GROWTH);
        }

        public Precision maxGrowth(double factor) {
            return new Precision(relativeHalfWidth, metrics, factor);
        }
    }
}
