package brokerlab.analytic;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.util.Check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an analytic method says about one {@link GGcK} queue, under the metric names a simulation reports
 * ({@link #METRICS}), so theory and a simulated {@code Estimates} of the same queue line up metric by metric.
 *
 * <p>Values: a number; {@code NaN} when the method has no value for the metric (Allen–Cunneen gives no
 * percentiles); {@code +Infinity} when the quantity is infinite (M/G/1 with E[S^2] = inf). An infinite value, and
 * a mean that is finite but has no formula (heavy tails on several servers), carry a {@link #note} saying why.
 *
 * @param queue            the queue analysed
 * @param method           the method used
 * @param label            the method's own label, e.g. "M/M/c, Erlang C (exact)"
 * @param values           {@link #METRICS} in order; {@code rejection_probability} only with a capacity
 * @param notes            metric name to the reason its value is infinite or missing
 * @param percentileMethod how the percentiles were computed, or null when there are none
 */
public record Analysis(GGcK queue, AnalyticMethod method, String label, Measurements values, Map<String, String> notes,
                       String percentileMethod) {

    /** The metrics of every analysis, in order; the last only with a capacity. */
    public static final java.util.List<Metric> METRICS = java.util.List.of(Metric.UTILIZATION, Metric.WAIT_PROBABILITY,
            Metric.MEAN_WAIT, Metric.MEAN_RESPONSE, Metric.MEAN_QUEUE_LENGTH, Metric.P50_RESPONSE, Metric.P95_RESPONSE,
            Metric.P99_RESPONSE, Metric.REJECTION_PROBABILITY);

    public Analysis {
        Check.notNull("queue", queue);
        Check.notNull("method", method);
        Check.notNull("values", values);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** The best method for the queue, as {@link GGcK#analyze()}. */
    public static Analysis of(GGcK queue) {
        return Check.notNull("queue", queue).analyze();
    }

    /** The value of a metric: NaN when the method has none, +Infinity when infinite (see {@link #note}). */
    public double get(Metric metric) {
        return values.get(metric);
    }

    /** Why a metric is infinite or has no value, when that needs saying. */
    public Optional<String> note(Metric metric) {
        return Optional.ofNullable(notes.get(metric.name()));
    }

    /**
     * Assembles an analysis from a method's results: the three means (an {@link Estimate}, or null when finite but
     * unknown, with {@code meanNote} saying why), the response percentiles p50, p95, p99 (null when none) and the
     * probabilities (null when the method has none).
     */
    static Analysis of(GGcK q, AnalyticMethod method, String label, double utilization, Double waitProbability,
                       Estimate[] means, String meanNote, double[] percentiles, String percentileMethod,
                       Double rejectionProbability) {
        Measurements.Builder b = Measurements.builder();
        Map<String, String> notes = new LinkedHashMap<>();
        b.put(Metric.UTILIZATION, utilization);
        b.put(Metric.WAIT_PROBABILITY, waitProbability == null ? Double.NaN : waitProbability);
        Metric[] meanMetrics = {Metric.MEAN_WAIT, Metric.MEAN_RESPONSE, Metric.MEAN_QUEUE_LENGTH};
        for (int i = 0; i < meanMetrics.length; i++) {
            Estimate e = means == null ? null : means[i];
            if (e == null) {
                b.put(meanMetrics[i], Double.NaN);
                if (meanNote != null) notes.put(meanMetrics[i].name(), meanNote);
            } else {
                b.put(meanMetrics[i], e.valueOrInfinity());
                if (e instanceof Estimate.Infinite inf) notes.put(meanMetrics[i].name(), "infinite: " + inf.reason());
            }
        }
        Metric[] p = {Metric.P50_RESPONSE, Metric.P95_RESPONSE, Metric.P99_RESPONSE};
        for (int i = 0; i < p.length; i++) b.put(p[i], percentiles == null ? Double.NaN : percentiles[i]);
        if (q.hasCapacity()) {
            b.put(Metric.REJECTION_PROBABILITY, rejectionProbability == null ? Double.NaN : rejectionProbability);
        }
        return new Analysis(q, method, label, b.build(), notes, percentiles == null ? null : percentileMethod);
    }

    /** A mean-wait-only method (the approximations): mean response and queue length follow by E[S] and Little. */
    static Analysis ofMeanWait(GGcK q, AnalyticMethod method, Estimate wait) {
        return of(q, method, wait.method(), q.utilization(), null,
                new Estimate[]{wait, wait.plus(q.meanService()), wait.times(q.arrivalRate())}, null, null, null, null);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(queue + " by " + label);
        for (Metric m : values.metrics()) {
            sb.append(System.lineSeparator()).append("  ").append(m.name()).append(" = ").append(get(m));
            note(m).ifPresent(n -> sb.append("  (").append(n).append(')'));
        }
        return sb.toString();
    }
}
