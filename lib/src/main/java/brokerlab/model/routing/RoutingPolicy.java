package brokerlab.model.routing;

import brokerlab.random.RandomStream;

/**
 * Where a job goes: the one decision a load balancer makes (Ciw's routing objects, Harchol-Balter 2013 ch. 24).
 * One method, so adding a policy such as JSQ(d) means adding a class, never touching the simulation loop.
 *
 * <p>Two families share this interface:
 * <ul>
 *   <li>Dispatching policies ({@link RandomSplit}, {@link RoundRobin}, {@link WeightedRoundRobin},
 *       {@link JoinShortestQueue}, {@link LeastConnections}, {@link PowerOfDChoices}) are asked once per arriving
 *       job and return the server whose own FCFS queue it joins.</li>
 *   <li>{@link SharedQueuePolicy} implementations ({@link FastestFreeServer}, {@link SlowServerThreshold}) keep
 *       jobs in one central FCFS queue; whenever the head job waits and some server is idle, they return the idle
 *       server to start it on, or −1 to keep it waiting.</li>
 * </ul>
 *
 * <p>Implementations must be immutable (one policy object serves replications running in parallel) and draw
 * randomness only from the {@code rng} passed in: the station's ROUTING stream, so policies compared with the same
 * seed see the same arrivals and demands (common random numbers).
 */
@FunctionalInterface
public interface RoutingPolicy {
    /** The chosen server index, in [0, servers.servers()); a {@link SharedQueuePolicy} may return −1 (wait). */
    int choose(ServerView servers, RandomStream rng);
}
