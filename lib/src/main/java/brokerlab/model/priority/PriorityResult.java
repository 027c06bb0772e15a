package brokerlab.model.priority;

/**
 * One run's per-class statistics (arrays indexed by class, 0 = highest priority): mean wait (response minus the
 * job's own service requirement, so under preemption it includes time spent preempted), mean response, p99
 * response, departures, and the overall utilisation.
 */
public record PriorityResult(double[] meanWait, double[] meanResponse, double[] p99Response, long[] departures,
                             double utilization, long preemptions) {
}
