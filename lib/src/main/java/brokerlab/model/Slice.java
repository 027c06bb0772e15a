package brokerlab.model;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.util.Check;

import java.util.List;

/**
 * What one part of a replication measured: one station of a network, one tier of a closed system, one priority
 * class, one step of a load test. A family's outcome carries its parts as slices next to its own measurements.
 * A slice is itself an {@link Outcome}, so the same part of every replication gives estimates through the runner's
 * one result type:
 * <pre>{@code
 * Estimates<NetworkRun> e = Experiment.of(net).time(200, 20_000).replications(12).seed(7).run();
 * Estimates.of(e.runs().stream().map(r -> r.node("s2")).toList()).get(Metric.MEAN_WAIT);   // s2's wait, 95% CI
 * }</pre>
 *
 * @param name         the part's name ("broker", "app-0", "control", "step 2")
 * @param measurements what it measured
 */
public record Slice(String name, Measurements measurements) implements Outcome {
    public Slice {
        Check.notNull("name", name);
        Check.notNull("measurements", measurements);
    }

    public double get(Metric metric) { return measurements.get(metric); }

    /** The slice called {@code name}; an unknown name fails with the names there are. */
    public static Slice named(List<Slice> slices, String name, String what) {
        for (Slice s : slices) if (s.name.equals(name)) return s;
        throw Check.fail(what, "'" + name + "'", "no " + what + " has this name",
                "known: " + slices.stream().map(Slice::name).toList());
    }
}
