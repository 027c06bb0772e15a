package brokerlab.model.closed;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * A web service in front of a shared backend, driven by a closed population of clients (an interactive system,
 * Lazowska et al., <i>Quantitative System Performance</i>, 1984, ch. 3): each client thinks, sends a request; a
 * load balancer passes it to one of {@code appNodes} application nodes, each a FCFS station of {@code appServers}
 * servers; after the application node the request visits one shared backend station (a Redis, a database) of
 * {@code backendServers} FCFS servers; the response returns and the client thinks again. The application node does
 * not hold its server while the backend works (the tiers are in series, as in the product-form model).
 *
 * <p>Options: a circuit breaker ({@code maxAppQueue}): a request that would have to wait while the application tier
 * already has {@code maxAppQueue} requests waiting is refused at once with a 503 and the client thinks again;
 * and {@link Polling} clients that give up after a timeout. With exponential service, no breaker, no polling and
 * {@link LoadBalancer#RANDOM}, the model is a product-form closed network solved exactly by MVA.
 *
 * @param thinkTime      a client's think time between a response and its next request (Z is its mean)
 * @param appNodes       application nodes k >= 1 behind the load balancer
 * @param appServers     servers (threads, cores) per application node
 * @param appService     service time of a request at an application node
 * @param backendServers servers of the shared backend
 * @param backendService service time of a request at the backend
 * @param balancer       load-balancing policy
 * @param maxAppQueue    circuit-breaker threshold on waiting requests in the whole application tier, or {@link #NO_BREAKER}
 * @param polling        asynchronous polling clients, or null for clients that wait for the response
 */
public record ClosedSystem(Distribution thinkTime, int appNodes, int appServers, Distribution appService,
                           int backendServers, Distribution backendService, LoadBalancer balancer,
                           int maxAppQueue, Polling polling) {
    /** {@code maxAppQueue} value of a system without a circuit breaker. */
    public static final int NO_BREAKER = Integer.MAX_VALUE;

    public ClosedSystem {
        Check.notNull("thinkTime", thinkTime);
        Check.atLeast("appNodes", appNodes, 1);
        Check.atLeast("appServers", appServers, 1);
        Check.notNull("appService", appService);
        Check.atLeast("backendServers", backendServers, 1);
        Check.notNull("backendService", backendService);
        Check.notNull("balancer", balancer);
        Check.atLeast("maxAppQueue", maxAppQueue, 0);
    }

    /** Round-robin balancing, no breaker, clients that wait for their response. */
    public static ClosedSystem of(Distribution thinkTime, int appNodes, int appServers, Distribution appService,
                                  int backendServers, Distribution backendService) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService,
                LoadBalancer.ROUND_ROBIN, NO_BREAKER, null);
    }

    public ClosedSystem withBalancer(LoadBalancer b) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService, b, maxAppQueue, polling);
    }

    /** Refuse (503) a request that would wait while {@code maxWaiting} requests already wait in the application tier. */
    public ClosedSystem withCircuitBreaker(int maxWaiting) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService, balancer, maxWaiting, polling);
    }

    public ClosedSystem withPolling(double interval, int maxPolls) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService, balancer,
                maxAppQueue, new Polling(interval, maxPolls));
    }

    public ClosedSystem withAppNodes(int k) {
        return new ClosedSystem(thinkTime, k, appServers, appService, backendServers, backendService, balancer, maxAppQueue, polling);
    }

    public boolean hasCircuitBreaker() {
        return maxAppQueue != NO_BREAKER;
    }

    /** Total service demand of one request, D = E[S_app] + E[S_backend] (each visited once). */
    public double totalDemand() {
        return appService.mean() + backendService.mean();
    }

    /** Largest per-server demand of any tier: 1/throughput ceiling (Lazowska et al. 1984, 5.2). */
    public double bottleneckDemand() {
        return Math.max(appService.mean() / (appNodes * appServers), backendService.mean() / backendServers);
    }
}
