package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.QuantileSketch;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ratio of one metric between two experiments run on the same seed and replications (common random numbers:
 * replication r of both saw the same arrivals and job sizes), e.g. a fix's gain baseline / fix, with an interval
 * that stays honest where the metric's variance is infinite.
 * <pre>{@code
 * ConfidenceInterval gain = PairedRatio.of(baseline, fixed, Metric.P99_RESPONSE);   // 3.1 [2.6, 3.8] (paired bootstrap)
 * }</pre>
 * The point is the ratio of the two points {@link Estimates} reports (means; medians over replications where the
 * variance may be infinite; pooled percentiles), so it is the ratio a reader computes from the two tables. The
 * interval is a paired percentile bootstrap over replications (Efron &amp; Tibshirani, <i>An Introduction to the
 * Bootstrap</i>, 1993, ch. 13): resample replication indices with replacement, the same indices on both sides so
 * the pairing is kept, recompute each side's point by the rule {@link Estimates} used, take the ratio; the
 * {@value #RESAMPLES} ratios give the interval. It needs no moment of the per-replication values, unlike a
 * Student-t interval of per-replication ratios, which a single huge run can make meaningless.
 */
public final class PairedRatio {
    /** Bootstrap resamples per interval. */
    public static final int RESAMPLES = 2_000;
    /** Method name of the intervals built here. */
    public static final String METHOD = "paired bootstrap";

    private PairedRatio() {}

    /** {@code numerator.point(metric) / denominator.point(metric)} with a paired bootstrap interval at the numerator's level. */
    public static ConfidenceInterval of(Estimates<?> numerator, Estimates<?> denominator, Metric metric) {
        Check.notNull("numerator", numerator);
        Check.notNull("denominator", denominator);
        Check.notNull("metric", metric);
        int n = numerator.replications();
        if (denominator.replications() != n) {
            throw Check.fail("replications", numerator.replications() + " and " + denominator.replications(),
                    "a paired ratio needs the same replications on both sides", "run both experiments with the same plan");
        }
        Side top = new Side(numerator, metric), bottom = new Side(denominator, metric);
        double point = numerator.point(metric) / denominator.point(metric);
        if (n < 2) return ConfidenceInterval.single(point, numerator.level());
        double[] ratios = new double[RESAMPLES];
        int[] pick = new int[n];
        SplittableRandom rng = new SplittableRandom(0x9A1EDL ^ metric.name().hashCode());
        for (int b = 0; b < RESAMPLES; b++) {
            for (int i = 0; i < n; i++) pick[i] = rng.nextInt(n);
            ratios[b] = top.statistic(pick) / bottom.statistic(pick);
        }
        double[] finite = Arrays.stream(ratios).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (finite.length == 0) return new ConfidenceInterval(point, Double.NaN, Double.NaN, numerator.level(), n, METHOD);
        double alpha = (1 - numerator.level()) / 2;
        double lower = finite[(int) Math.floor(alpha * (finite.length - 1))];
        double upper = finite[(int) Math.ceil((1 - alpha) * (finite.length - 1))];
        return new ConfidenceInterval(point, lower, upper, numerator.level(), n, METHOD);
    }

    /** One side's per-replication values and the rule that turns a resample of them into a point. */
    private static final class Side {
        private final double[] values;
        private final List<QuantileSketch> sketches;      // non-null: pooled percentile
        private final boolean median;
        private final double quantile;

        Side(Estimates<?> e, Metric metric) {
            values = e.values(metric);
            String method = e.get(metric).method();
            median = ConfidenceInterval.MEDIAN.equals(method);
            List<QuantileSketch> s = null;
            if (method.startsWith("pooled")) {
                s = new ArrayList<>();
                for (Outcome r : e.runs()) s.add(r.sketch(metric));
            }
            sketches = s;
            quantile = sketches == null ? Double.NaN : metric.quantile();
        }

        double statistic(int[] pick) {
            if (sketches != null) {
                List<QuantileSketch> chosen = new ArrayList<>(pick.length);
                for (int i : pick) chosen.add(sketches.get(i));
                return QuantileSketch.pooledQuantile(chosen, quantile);
            }
            double[] x = Arrays.stream(pick).mapToDouble(i -> values[i]).filter(v -> !Double.isNaN(v)).toArray();
            if (x.length == 0) return Double.NaN;
            if (!median) return Arrays.stream(x).average().orElseThrow();
            Arrays.sort(x);
            return x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
        }
    }
}
