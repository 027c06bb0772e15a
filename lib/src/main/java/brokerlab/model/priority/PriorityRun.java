package brokerlab.model.priority;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.model.Slice;
import brokerlab.model.StationRun;

import java.util.List;

/**
 * One run of a {@link PriorityStation}: over all classes the mean wait and response, the utilization, departures
 * ({@link StationRun#DEPARTURES}) and preemptions; per class (in priority order, 0 = highest) a {@link Slice} named like the class with mean wait,
 * mean response, p99 response and departures. Wait is response minus the job's own service requirement, so under
 * preemption it includes time spent preempted.
 *
 * @param measurements the station-wide values
 * @param classes      one slice per class, in priority order
 */
public record PriorityRun(Measurements measurements, List<Slice> classes) implements Outcome {
    /** Times a job in service was preempted. */
    public static final Metric PREEMPTIONS = Metric.of("preemptions", "", Metric.Kind.COUNT);

    public PriorityRun {
        classes = List.copyOf(classes);
    }

    public double get(Metric metric) { return measurements.get(metric); }

    /** Class k's results, 0 = highest priority. */
    public Slice priorityClass(int k) { return classes.get(k); }

    /** The results of the class with this name. */
    public Slice priorityClass(String name) { return Slice.named(classes, name, "class"); }

    public double utilization() { return get(Metric.UTILIZATION); }
    public long preemptions() { return (long) get(PREEMPTIONS); }
}
