/**
 * Capacity planning: the fewest servers meeting a target ({@link brokerlab.analytic.capacity.Target}), found by
 * {@link brokerlab.analytic.capacity.CapacityPlanner} through a {@link brokerlab.analytic.capacity.ServerCountEvaluator},
 * which may be analytic (built in) or a simulation plugged in by the caller; results say which method decided.
 *
 * <pre>{@code
 * var planner = new CapacityPlanner(9.0, 1.0, 1.0);                    // 9 req/s, E[S] = 1 s, exponential
 * Plan p = planner.plan(new Target.ResponsePercentileAtMost(0.99, 5)); // p99 <= 5 s
 * p.servers();                                                         // the smallest such c; p.oneFewer() fails
 * }</pre>
 */
package brokerlab.analytic.capacity;
