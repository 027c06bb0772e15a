package brokerlab.model.priority;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Replications;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * A c-server station with priority classes, built fluently; class order is priority order (first added = highest).
 * Immutable: each {@code withClass} returns a new station. Validation (stability of the total load) happens when
 * it is simulated, once all classes are known.
 */
public final class PriorityStation {
    private final int servers;
    private final Preemption preemption;
    private final List<PriorityClass> classes;

    private PriorityStation(int servers, Preemption preemption, List<PriorityClass> classes) {
        this.servers = Check.atLeast("servers", servers, 1);
        this.preemption = Check.notNull("preemption", preemption);
        this.classes = List.copyOf(classes);
    }

    public static PriorityStation of(int servers, Preemption preemption) {
        return new PriorityStation(servers, preemption, List.of());
    }

    /** Adds a class below all existing ones in priority. */
    public PriorityStation withClass(String name, Distribution interArrival, Distribution service) {
        List<PriorityClass> next = new ArrayList<>(classes);
        if (next.stream().anyMatch(c -> c.name().equals(name))) {
            throw Check.fail("class name", "\"" + name + "\"", "it is already used", "give each class its own name");
        }
        next.add(new PriorityClass(name, interArrival, service));
        return new PriorityStation(servers, preemption, next);
    }

    public int servers() { return servers; }
    public Preemption preemption() { return preemption; }
    public List<PriorityClass> classes() { return classes; }

    /** Total utilisation sum_k lambda_k E[S_k] / c. */
    public double utilisation() {
        return classes.stream().mapToDouble(PriorityClass::offeredLoad).sum() / servers;
    }

    /** One run of {@code customers} measured arrivals (all classes together) after a warm-up of 10% of that. */
    public PriorityResult run(long customers, long seed, int replication) {
        validate();
        Check.atLeast("customers", customers, 100);
        return PrioritySimulation.run(this, customers / 10, customers, seed, replication);
    }

    /** Independent replications in parallel, with a 95% CI per class and metric. */
    public PriorityEstimate simulate(long customers, int replications, long seed) {
        validate();
        Check.atLeast("replications", replications, 2);
        return new PriorityEstimate(classes.stream().map(PriorityClass::name).toList(),
                Replications.run(replications, r -> run(customers, seed, r)));
    }

    private void validate() {
        if (classes.isEmpty()) throw Check.fail("classes", 0, "a priority station needs at least one class", "add one with withClass");
        Check.stable("utilisation (all classes)", utilisation());
    }
}
