package brokerlab.analytic.capacity;

/**
 * The target metric as a function of the number of servers c, whatever computes it: a closed form, an
 * approximation, or a simulation (which returns a CI). The planner's search only calls this, so a simulation
 * evaluator plugs in without changing the search. Implementations must be non-increasing in c for the metric
 * (true for FCFS mean and percentile response, wait and rejection probability: more servers never hurt) and
 * should return an infinite estimate, not throw, when c servers cannot carry the load.
 */
@FunctionalInterface
public interface ServerCountEvaluator {
    Evaluation evaluate(int servers);
}
