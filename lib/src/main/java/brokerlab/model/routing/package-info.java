/**
 * Load-balancing policies for stations with heterogeneous servers: one interface,
 * {@link brokerlab.model.routing.RoutingPolicy}, with one method, and one class per textbook policy.
 * Dispatchers (random split, round robin, weighted round robin, JSQ, least connections, power of d choices)
 * send each arriving job to a per-server FCFS queue; {@link brokerlab.model.routing.SharedQueuePolicy} ones
 * (fastest free server, slow-server threshold) keep a central queue.
 *
 * <pre>{@code
 * ServerFarm farm = ServerFarm.of(new Exponential(2.0), new Exponential(1.0), 2.0, 1.0, 1.0)  // speeds
 *         .routing(new PowerOfDChoices(2));
 * farm.simulate().customers(100_000).replications(10).seed(42).run().meanResponse();
 * }</pre>
 */
package brokerlab.model.routing;
