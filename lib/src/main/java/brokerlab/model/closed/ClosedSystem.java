package brokerlab.model.closed;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
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
 * <p>Population: {@code clients} clients for the whole run, or a {@link ClientSchedule} staircase. Run length: the
 * system runs on its clock, so {@link RunLength.Time} is native (warm-up, then the measured window). A customer
 * length (requests) is converted to time at the asymptotic throughput bound {@link #throughputBound()}
 * X+ = min(N / (D + Z), 1 / D_max) (Lazowska et al. 1984, §5.2), the most requests per unit time the clients can
 * complete, so n customers run for at least the time n requests need. A staircase fixes its own length: each
 * run plays the whole schedule from an empty system and measures it from time 0, whatever length it is given
 * ({@link #defaultLength()} is the schedule's duration).
 * <pre>{@code
 * ClosedSystem sys = ClosedSystem.of(Exponential.ofMean(5), 2, 1, Exponential.ofMean(0.8), 1, Exponential.ofMean(0.5))
 *         .withClients(10);                                  // Z = 5, two app nodes, one backend, N = 10
 * Estimates<ClosedRun> e = sys.simulate().time(100, 4000).replications(12).seed(3).run();
 * e.get(Metric.THROUGHPUT);                                  // about 1.32 (X); e.get(Metric.MEAN_RESPONSE) about 2.6
 * }</pre>
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
 * @param clients        the fixed population N, at least 1 (ignored with a schedule)
 * @param schedule       a client staircase, or null for a fixed population of {@code clients}
 */
public record ClosedSystem(Distribution thinkTime, int appNodes, int appServers, Distribution appService,
                           int backendServers, Distribution backendService, LoadBalancer balancer,
                           int maxAppQueue, Polling polling, int clients, ClientSchedule schedule)
        implements Model<ClosedRun> {
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
        if (schedule == null) Check.atLeast("clients", clients, 1);
    }

    /** One client, round-robin balancing, no breaker, clients that wait for their response. */
    public static ClosedSystem of(Distribution thinkTime, int appNodes, int appServers, Distribution appService,
                                  int backendServers, Distribution backendService) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService,
                LoadBalancer.ROUND_ROBIN, NO_BREAKER, null, 1, null);
    }

    public ClosedSystem withBalancer(LoadBalancer b) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService, b, maxAppQueue, polling, clients, schedule);
    }

    /** Refuse (503) a request that would wait while {@code maxWaiting} requests already wait in the application tier. */
    public ClosedSystem withCircuitBreaker(int maxWaiting) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService, balancer, maxWaiting, polling, clients, schedule);
    }

    public ClosedSystem withPolling(double interval, int maxPolls) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService, balancer,
                maxAppQueue, new Polling(interval, maxPolls), clients, schedule);
    }

    public ClosedSystem withAppNodes(int k) {
        return new ClosedSystem(thinkTime, k, appServers, appService, backendServers, backendService, balancer, maxAppQueue, polling, clients, schedule);
    }

    /** A fixed population of {@code n} clients (drops a schedule). */
    public ClosedSystem withClients(int n) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService, balancer, maxAppQueue, polling, n, null);
    }

    /** A client staircase instead of a fixed population. */
    public ClosedSystem withSchedule(ClientSchedule s) {
        return new ClosedSystem(thinkTime, appNodes, appServers, appService, backendServers, backendService, balancer,
                maxAppQueue, polling, clients, Check.notNull("schedule", s));
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

    /** X+ = min(N / (D + Z), 1 / D_max), N the largest population: the rate that converts a customer length. */
    public double throughputBound() {
        int n = schedule == null ? clients : Math.max(1, schedule.maxClients());
        return Math.min(n / (totalDemand() + thinkTime.mean()), 1 / bottleneckDemand());
    }

    /** An experiment on this system with the default plan; chain its setters, then {@code run()}. */
    public Experiment<ClosedRun> simulate() {
        return Experiment.of(this);
    }

    /** One replication (see the class comment for the population and the run length). */
    @Override
    public ClosedRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        return ClosedEvents.run(this, length.inTime(throughputBound()), seed, replication);
    }

    /** 100,000 requests (after 10,000 of warm-up) at the throughput bound; for a staircase, its own length. */
    @Override
    public RunLength defaultLength() {
        return schedule != null ? RunLength.time(0, schedule.totalDuration()) : Model.super.defaultLength();
    }
}
