package brokerlab.model.priority;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * A c-server station with priority classes, built fluently; class order is priority order (first added = highest).
 * Immutable: each {@code withClass} returns a new station. Validation (stability of the total load) happens when
 * it is simulated, once all classes are known. Run length: arrivals of all classes together, so
 * {@link RunLength.Customers} is native; a time length is converted at the total arrival rate sum_k lambda_k.
 */
public final class PriorityStation implements Model<PriorityRun> {
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

    /** Total utilization sum_k lambda_k E[S_k] / c. */
    public double utilization() {
        return classes.stream().mapToDouble(PriorityClass::offeredLoad).sum() / servers;
    }

    /** An experiment on this station with the default plan; chain its setters, then {@code run()}. */
    public Experiment<PriorityRun> simulate() {
        return Experiment.of(this);
    }

    /** One run: {@code length} counts measured arrivals of all classes together, after its warm-up arrivals. */
    @Override
    public PriorityRun run(RunLength length, long seed, int replication) {
        validate();
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        RunLength.Customers n = length.inCustomers(classes.stream().mapToDouble(PriorityClass::arrivalRate).sum());
        return PriorityEvents.run(this, n.warmup(), n.measured(), seed, replication);
    }

    @Override
    public String toString() {
        return "PriorityStation(c=" + servers + ", " + preemption + ", classes " + classes.stream()
                .map(c -> c.name() + " " + c.interArrival().spec() + " / " + c.service().spec()).toList() + ")";
    }

    private void validate() {
        if (classes.isEmpty()) throw Check.fail("classes", 0, "a priority station needs at least one class", "add one with withClass");
        Check.stable("utilisation (all classes)", utilization());
    }
}
