package brokerlab.model.routing;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The names {@link #named} knows, in the order help texts list them. */
    List<String> NAMES = List.of("shared", "random", "round-robin", "jsq", "least-connections", "power-of-2");

    /**
     * The policy with this name (any case), for command lines and model files: {@code shared}
     * ({@link FastestFreeServer}: one queue, fastest free server), {@code random} (equal {@link RandomSplit}),
     * {@code round-robin}, {@code jsq} ({@link JoinShortestQueue}), {@code least-connections}, and
     * {@code power-of-d} for any d &gt;= 1 ({@link PowerOfDChoices}; {@code power-of-2} is the classic one).
     * Policies with parameters beyond d (weights, thresholds) are built with their constructors.
     */
    static RoutingPolicy named(String name) {
        Check.notNull("routing", name);
        String n = name.strip().toLowerCase(Locale.ROOT);
        Matcher d = Pattern.compile("power-of-(\\d{1,4})").matcher(n);
        if (d.matches()) return new PowerOfDChoices(Integer.parseInt(d.group(1)));
        return switch (n) {
            case "shared" -> new FastestFreeServer();
            case "random" -> RandomSplit.equal();
            case "round-robin" -> new RoundRobin();
            case "jsq" -> new JoinShortestQueue();
            case "least-connections" -> new LeastConnections();
            default -> throw Check.fail("routing", name, "it must be one of " + String.join(", ", NAMES)
                    + " (or power-of-d for another d)", "e.g. jsq");
        };
    }
}
