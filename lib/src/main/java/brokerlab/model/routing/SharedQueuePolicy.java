package brokerlab.model.routing;

/**
 * Marks a {@link RoutingPolicy} whose jobs wait in one central FCFS queue rather than in per-server queues.
 * Its {@code choose} is called whenever a job waits and at least one server is idle; it must return an idle
 * server or −1 (leave the job waiting, e.g. rather than use a slow server; Lin &amp; Kumar 1984).
 */
public interface SharedQueuePolicy extends RoutingPolicy {
}
