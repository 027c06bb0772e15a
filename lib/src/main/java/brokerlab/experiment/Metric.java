package brokerlab.experiment;

import brokerlab.util.Check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A named quantity a replication measures: its snake_case name (the key in tables, JSON and the CLI), its unit,
 * and its kind, which decides how {@link Estimates} builds an interval across replications.
 * <pre>{@code
 * Metric.MEAN_WAIT            // mean_wait, a per-customer mean
 * Metric.response(0.99)       // p99_response, a percentile
 * Metric.of("lost_writes", "writes", Metric.Kind.COUNT)
 * }</pre>
 * Two metrics are equal when their names are equal: the name is the identity, unit and kind describe it.
 *
 * @param name snake_case: a lower-case letter, then lower-case letters, digits and underscores
 * @param unit "time" for the model's own time unit, "ms", "1/time", "" for a pure number, ...
 * @param kind what sort of number it is
 */
public record Metric(String name, String unit, Kind kind) implements java.io.Serializable {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** What sort of number a metric is; it decides the interval an {@link Estimates} reports for it. */
    public enum Kind {
        /** A mean over customers or operations (e.g. mean wait): sensitive to heavy tails. */
        MEAN,
        /** A percentile of a per-customer quantity (e.g. p99 response). */
        PERCENTILE,
        /** A fraction or probability in [0, 1]. */
        FRACTION,
        /** Events per unit time. */
        RATE,
        /** A time average of a sample path (utilisation, queue length). */
        TIME_AVERAGE,
        /** A count of events in the run. */
        COUNT,
        /** Anything else (a ratio, a check residual). */
        OTHER
    }

    public static final Metric MEAN_WAIT = new Metric("mean_wait", "time", Kind.MEAN);
    public static final Metric MEAN_RESPONSE = new Metric("mean_response", "time", Kind.MEAN);
    public static final Metric WAIT_PROBABILITY = new Metric("wait_probability", "", Kind.FRACTION);
    public static final Metric UTILIZATION = new Metric("utilization", "", Kind.TIME_AVERAGE);
    public static final Metric MEAN_QUEUE_LENGTH = new Metric("mean_queue_length", "jobs", Kind.TIME_AVERAGE);
    public static final Metric MEAN_NUMBER_IN_SYSTEM = new Metric("mean_number_in_system", "jobs", Kind.TIME_AVERAGE);
    public static final Metric REJECTION_PROBABILITY = new Metric("rejection_probability", "", Kind.FRACTION);
    public static final Metric THROUGHPUT = new Metric("throughput", "1/time", Kind.RATE);
    public static final Metric P50_RESPONSE = response(0.50);
    public static final Metric P95_RESPONSE = response(0.95);
    public static final Metric P99_RESPONSE = response(0.99);
    public static final Metric P999_RESPONSE = response(0.999);
    public static final Metric P50_WAIT = waitPercentile(0.50);
    public static final Metric P95_WAIT = waitPercentile(0.95);
    public static final Metric P99_WAIT = waitPercentile(0.99);
    public static final Metric P999_WAIT = waitPercentile(0.999);
    /** |L - lambda W| / L: Little's law residual of the run, a check that shrinks with the run length. */
    public static final Metric LITTLE_RELATIVE_ERROR = new Metric("little_relative_error", "", Kind.OTHER);

    public Metric {
        Check.notNull("name", name);
        Check.notNull("unit", unit);
        Check.notNull("kind", kind);
        if (!NAME.matcher(name).matches()) {
            throw Check.fail("metric name", "\"" + name + "\"", "it must be snake_case (a-z, 0-9, _; starting with a letter)",
                    "e.g. \"mean_wait\" or \"p99_response\"");
        }
    }

    public static Metric of(String name, String unit, Kind kind) {
        return new Metric(name, unit, kind);
    }

    /** The q-percentile of the response time, named like {@code p99_response} or {@code p999_response}. */
    public static Metric response(double q) {
        return percentile(q, "response", "time");
    }

    /** The q-percentile of the waiting time, named like {@code p99_wait}. */
    public static Metric waitPercentile(double q) {
        return percentile(q, "wait", "time");
    }

    /**
     * The q-percentile of a per-customer quantity: {@code percentile(0.99, "commit", "ms")} is {@code p99_commit}.
     * The digits after "p" are q in percent without the point: 0.5 gives p50, 0.999 gives p999, 0.9999 p9999.
     */
    public static Metric percentile(double q, String quantity, String unit) {
        return new Metric("p" + percentDigits(q) + "_" + quantity, unit, Kind.PERCENTILE);
    }

    /** The level q of a percentile metric, parsed back from its name (p999_... gives 0.999). */
    public double quantile() {
        if (kind != Kind.PERCENTILE) throw Check.fail("metric", name, "it is not a percentile", "ask a percentile metric for its level");
        String digits = name.substring(1, name.indexOf('_'));
        return Double.parseDouble("0." + digits);
    }

    static String percentDigits(double q) {
        Check.openUnit("q", q);
        String s = String.format(Locale.ROOT, "%.6f", q).substring(2).replaceAll("0+$", "");
        if (s.isEmpty()) throw Check.fail("q", q, "it needs at least one digit after the point", "e.g. 0.99");
        return s.length() == 1 ? s + "0" : s;
    }

    @Override public boolean equals(Object o) { return o instanceof Metric m && m.name.equals(name); }

    @Override public int hashCode() { return name.hashCode(); }

    @Override public String toString() { return name; }
}
