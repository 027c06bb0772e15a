package brokerlab.experiment;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named values of one replication, immutable and in insertion order: the smallest {@link Outcome}.
 * <pre>{@code
 * Measurements m = Measurements.builder().put(Metric.MEAN_WAIT, 4.4).put(Metric.UTILIZATION, 0.67).build();
 * m.get(Metric.MEAN_WAIT);     // 4.4
 * m.get("utilization");        // 0.67
 * }</pre>
 * A value may be NaN where a metric is undefined in a run (no operation committed, say); {@link Estimates} skips
 * such replications for that metric and says how many it used.
 */
public final class Measurements implements Outcome {
    private static final long serialVersionUID = 1L;
    private final Metric[] metrics;
    private final double[] values;
    private final Map<String, Integer> index;

    private Measurements(Metric[] metrics, double[] values) {
        this.metrics = metrics;
        this.values = values;
        Map<String, Integer> ix = new LinkedHashMap<>();
        for (int i = 0; i < metrics.length; i++) ix.put(metrics[i].name(), i);
        this.index = Collections.unmodifiableMap(ix);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override public Measurements measurements() { return this; }

    /** The metrics in order. */
    public List<Metric> metrics() { return List.of(metrics); }

    public boolean has(Metric metric) { return index.containsKey(metric.name()); }

    public boolean has(String name) { return index.containsKey(name); }

    public double get(Metric metric) { return get(metric.name()); }

    /** The value of the metric with this name; an unknown name fails with the list of known ones. */
    public double get(String name) {
        Integer i = index.get(name);
        if (i == null) throw unknown(name, index.keySet());
        return values[i];
    }

    /** The metric with this name (with its unit and kind). */
    public Metric metric(String name) {
        Integer i = index.get(name);
        if (i == null) throw unknown(name, index.keySet());
        return metrics[i];
    }

    /** Name to value, in order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < metrics.length; i++) m.put(metrics[i].name(), values[i]);
        return Collections.unmodifiableMap(m);
    }

    static IllegalArgumentException unknown(String name, java.util.Collection<String> known) {
        return Check.fail("metric", "\"" + name + "\"", "this run measured no such metric", "known metrics: " + known);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Measurements m && Arrays.equals(m.metrics, metrics) && Arrays.equals(m.values, values);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(metrics) + Arrays.hashCode(values); }

    @Override public String toString() { return asMap().toString(); }

    /** Collects values in order; a metric may be put once. */
    public static final class Builder {
        private final List<Metric> metrics = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();

        private Builder() {}

        public Builder put(Metric metric, double value) {
            Check.notNull("metric", metric);
            if (metrics.contains(metric)) throw Check.fail("metric", metric.name(), "it was already put", "put each metric once");
            metrics.add(metric);
            values.add(value);
            return this;
        }

        /** Every value of another run, in its order. */
        public Builder putAll(Measurements other) {
            for (int i = 0; i < other.metrics.length; i++) put(other.metrics[i], other.values[i]);
            return this;
        }

        public Measurements build() {
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) v[i] = values.get(i);
            return new Measurements(metrics.toArray(new Metric[0]), v);
        }
    }
}
