package brokerlab.model.closed;

/**
 * How the load balancer picks an application node for each request. The state a policy needs (the round-robin
 * pointer) lives in the simulation, so one constant serves any number of concurrent runs.
 * <ul>
 *   <li>{@link #RANDOM}: uniformly at random; the visit ratio of each node is 1/k and, with exponential service,
 *       the network is product-form, so exact MVA applies (Reiser &amp; Lavenberg 1980).</li>
 *   <li>{@link #ROUND_ROBIN}: nodes in turn (nginx's and HAProxy's default).</li>
 *   <li>{@link #JOIN_SHORTEST_QUEUE}: the node with the fewest requests present (waiting or in service), ties
 *       broken by the round-robin pointer (Harchol-Balter 2013, ch. 24).</li>
 * </ul>
 */
public enum LoadBalancer {
    RANDOM, ROUND_ROBIN, JOIN_SHORTEST_QUEUE
}
