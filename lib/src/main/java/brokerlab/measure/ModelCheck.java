package brokerlab.measure;

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
 * @param withOverhead the models plus the overheads the measurement showed: every service lengthened by the timer's
 *                     overshoot and half the broker round trip (the worker's fetch of its next message), every
 *                     response by the other half (the send)
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
        double overshoot = Math.max(0, measured.point(MeasuredRun.TIMER_OVERSHOOT));
        double roundTrip = measured.point(MeasuredRun.BROKER_ROUND_TRIP);
        Prediction nominal = Prediction.nominal(m, length, reps, measured.seed());
        // the round trip is two broker commands (send, then receive): a worker pays one to fetch each message, which
        // lengthens its service as the timer's overshoot does; the message pays the other on its way in
        Prediction loaded = Prediction.withOverheads(m, overshoot + roundTrip / 2, roundTrip / 2, length, reps, measured.seed());
        List<Row> rows = new ArrayList<>();
        rows.add(row("mean_response", interval(measured, Metric.MEAN_RESPONSE), first(nominal.meanResponse(), nominal.simulatedMeanResponse()),
                first(loaded.meanResponse(), loaded.simulatedMeanResponse()), MEAN_TOLERANCE));
        rows.add(row("p99_response", interval(measured, Metric.P99_RESPONSE), nominal.p99Response(), loaded.p99Response(), PERCENTILE_TOLERANCE));
        Metric x = Metric.THROUGHPUT, u = Metric.UTILIZATION;
        rows.add(row(x.name(), measured.get(x), nominal.simulated().point(x), loaded.simulated().point(x), MEAN_TOLERANCE));
        // measured utilisation counts dequeue to completion, so the fetch is not in it: take it back out of the prediction
        double served = m.service().mean() + overshoot;
        rows.add(row(u.name(), measured.get(u), nominal.simulated().point(u),
                loaded.simulated().point(u) * served / (served + roundTrip / 2), MEAN_TOLERANCE));
        if (m.hasQueueLimit()) {
            Metric reject = Metric.REJECTION_PROBABILITY;
            rows.add(row(reject.name(), measured.get(reject), nominal.simulated().point(reject), loaded.simulated().point(reject), MEAN_TOLERANCE));
        }
        return new ModelCheck(List.copyOf(rows), nominal, loaded);
    }

    private static double first(double a, double b) {
        return Double.isFinite(a) ? a : b;
    }

    private static Row row(String metric, ConfidenceInterval measured, double nominal, double loaded, double tolerance) {
        double error = measured.estimate() == loaded ? 0 : (measured.estimate() - loaded) / loaded;   // 0 / 0 (no rejections either side) agrees
        return new Row(metric, measured, nominal, loaded, error, tolerance);
    }

    private static ConfidenceInterval interval(Estimates<MeasuredRun> e, Metric metric) {
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
