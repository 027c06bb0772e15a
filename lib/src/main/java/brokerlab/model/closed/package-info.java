/**
 * Closed interactive systems: N clients think, send a request through a load balancer to one of k application
 * nodes (c-server FCFS each), then to one shared backend, and think again. Options model what a staircase load
 * test of a real service shows: a queue-length circuit breaker answering 503, clients that poll for their result
 * and give up after a timeout (leaving wasted work behind), and a client count that steps over time.
 * With exponential service, random balancing and no options the model is product-form and matches exact MVA
 * (Reiser &amp; Lavenberg 1980), which the tests check. {@link brokerlab.model.closed.ClosedSystem} is the
 * {@link brokerlab.experiment.Model}; one replication returns a {@link brokerlab.model.closed.ClosedRun}.
 *
 * <pre>{@code
 * ClosedSystem sys = ClosedSystem.of(Exponential.ofMean(5), 2, 1, Exponential.ofMean(0.8),
 *                                    1, Exponential.ofMean(0.5));        // Z = 5, two app nodes, one backend
 * ClosedRun r = sys.withClients(10).run(RunLength.time(100, 4000), 42, 0);  // X about 1.32, R about 2.6
 * ClosedRun load = sys.withCircuitBreaker(4).withSchedule(ClientSchedule.staircase(600, 3, 6, 12)).run(RunLength.time(0, 1800), 42, 0);
 * load.steps().forEach(s -> System.out.println(s.get(ClosedRun.CLIENTS) + " users: " + s.get(Metric.THROUGHPUT)
 *         + " req/s, 503s " + s.get(ClosedRun.REJECTED_FRACTION)));
 * }</pre>
 */
package brokerlab.model.closed;
