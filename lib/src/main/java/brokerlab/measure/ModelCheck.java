package brokerlab.measure;

import brokerlab.dist.Distributions;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A measurement held to its models: for mean response, p99 response, throughput and utilisation (and the rejection
 * probability under a queue limit), the measured value
 * with its 95% interval beside the nominal prediction and the prediction with the measured overheads
 * ({@link Prediction}), and the relative error of the latter, (measured - predicted) / predicted. The verdict uses
 * the tolerances of issue 12: within {@value #MEAN_TOLERANCE} for means and rates, {@value #PERCENTILE_TOLERANCE}
 * for the p99. Throughput, utilisation and rejections are predicted by the simulation of the matching station (with
 * the same seeds). The measured interval is the t interval over replications, or, for a single replication, batch
 * means (mean) and the moving-block bootstrap (p99) within the run ({@link MeasuredRun#interval}).
 *
 * @param rows         one per metric
 * @param nominal      the models with the measurement's own distributions
 * @param withOverhead the models fed with what the measurement showed: the service times actually served (the drawn
 *                     ones plus the timer's overshoot, with its spread) each lengthened by the mean fetch delay (a
 *                     busy worker's pause between two messages), and every response by the mean broker transit
 */
public record ModelCheck(List<Row> rows, Prediction nominal, Prediction withOverhead) {
    public static final double MEAN_TOLERANCE = 0.10;
    public static final double PERCENTILE_TOLERANCE = 0.15;

    /**
     * One metric.
     *
     * @param metric        the metric's name
     * @param measured      measured value and interval
     * @param nominal       nominal prediction
     * @param withOverhead  prediction with the measured overheads
     * @param relativeError (measured - withOverhead) / withOverhead
     * @param tolerance     the band the error is held to
     */
    public record Row(String metric, ConfidenceInterval measured, double nominal, double withOverhead, double relativeError,
                      double tolerance) {
        public boolean within() { return Math.abs(relativeError) <= tolerance; }
    }

    /**
     * Compares {@code measured} (replications of {@code m}) with the models, simulated at the measurement's own length,
     * replications and seed (common random numbers).
     */
    public static ModelCheck of(Measurement m, Estimates<MeasuredRun> measured) {
        Check.notNull("measurement", m);
        Check.notNull("measured", measured);
        RunLength length = measured.length() != null ? measured.length() : m.defaultLength();
        int reps = Math.max(2, measured.replications());
        double fetch = measured.point(MeasuredRun.FETCH_DELAY), transit = measured.point(MeasuredRun.TRANSIT);
        double[] served = measured.runs().stream().flatMapToDouble(r -> Arrays.stream(r.services())).map(x -> x + fetch).toArray();
        Prediction nominal = Prediction.nominal(m, length, reps, measured.seed());
        Prediction loaded = Prediction.of(m.service(Distributions.empirical(served)), transit, length, reps, measured.seed());
        List<Row> rows = new ArrayList<>();
        rows.add(row("mean_response", interval(measured, Metric.MEAN_RESPONSE), first(nominal.meanResponse(), nominal.simulatedMeanResponse()),
                first(loaded.meanResponse(), loaded.simulatedMeanResponse()), MEAN_TOLERANCE));
        rows.add(row("p99_response", interval(measured, Metric.P99_RESPONSE), nominal.p99Response(), loaded.p99Response(), PERCENTILE_TOLERANCE));
        Metric x = Metric.THROUGHPUT, u = Metric.UTILIZATION;
        rows.add(row(x.name(), measured.get(x), nominal.simulatedPoint(x, m.arrivalRate()), loaded.simulatedPoint(x, m.arrivalRate()), MEAN_TOLERANCE));
        // measured utilisation counts dequeue to completion, so the fetch is not in it: take it back out of the prediction
        double meanServed = Arrays.stream(served).average().orElse(Double.NaN);
        rows.add(row(u.name(), measured.get(u), nominal.simulatedPoint(u, 1),
                loaded.simulatedPoint(u, 1) * (meanServed - fetch) / meanServed, MEAN_TOLERANCE));
        if (m.hasQueueLimit()) {
            Metric reject = Metric.REJECTION_PROBABILITY;
            rows.add(row(reject.name(), measured.get(reject), nominal.simulated().point(reject), loaded.simulated().point(reject), MEAN_TOLERANCE));   // a queue limit is always stable
        }
        return new ModelCheck(List.copyOf(rows), nominal, loaded);
    }

    private static double first(double a, double b) {
        return Double.isFinite(a) ? a : b;
    }

    private static Row row(String metric, ConfidenceInterval measured, double nominal, double loaded, double tolerance) {
        // 0 / 0 (no rejections either side) agrees; an unstable model's infinity against a finite measurement is -100%
        double error = measured.estimate() == loaded ? 0 : Double.isInfinite(loaded) ? -1 : (measured.estimate() - loaded) / loaded;
        return new Row(metric, measured, nominal, loaded, error, tolerance);
    }

    /**
     * The 95% interval of a measured metric: over replications when there are two or more, else within the single run
     * ({@link MeasuredRun#interval}).
     */
    public static ConfidenceInterval interval(Estimates<MeasuredRun> e, Metric metric) {
        return e.replications() >= 2 ? e.get(metric) : e.runs().get(0).interval(metric);
    }

    public Row row(String metric) {
        return rows.stream().filter(r -> r.metric.equals(metric)).findFirst()
                .orElseThrow(() -> Check.fail("metric", metric, "not compared here", "one of mean_response, p99_response, throughput, utilization"));
    }

    /** metric, measured, measured_lo, measured_hi, nominal, with_overhead, relative_error, within. */
    public Table table() {
        return Table.create("measured vs predicted",
                StringColumn.create("metric", rows.stream().map(Row::metric)),
                DoubleColumn.create("measured", rows.stream().mapToDouble(r -> r.measured.estimate())),
                DoubleColumn.create("measured_lo", rows.stream().mapToDouble(r -> r.measured.lower())),
                DoubleColumn.create("measured_hi", rows.stream().mapToDouble(r -> r.measured.upper())),
                DoubleColumn.create("nominal", rows.stream().mapToDouble(Row::nominal)),
                DoubleColumn.create("with_overhead", rows.stream().mapToDouble(Row::withOverhead)),
                DoubleColumn.create("relative_error", rows.stream().mapToDouble(Row::relativeError)),
                BooleanColumn.create("within", rows.stream().map(Row::within).toList()));
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %24s %10s %14s %8s%n", "metric",
                "measured [95% CI]", "model", "model+overhd", "error"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-14s %9.4g [%5.4g, %5.4g] %10.4g %14.4g %+7.1f%%%s%n", r.metric,
                    r.measured.estimate(), r.measured.lower(), r.measured.upper(), r.nominal, r.withOverhead,
                    100 * r.relativeError, r.within() ? "" : "  (outside ±" + Math.round(100 * r.tolerance) + "%)"));
        }
        return sb.toString().stripTrailing();
    }
}
