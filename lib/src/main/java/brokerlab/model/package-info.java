/**
 * Queueing stations, simulated: a single G/G/c/K station under FCFS or processor sharing ({@link
 * brokerlab.model.Station}), and heterogeneous servers behind a load balancer ({@link brokerlab.model.ServerFarm}
 * with a {@link brokerlab.model.routing.RoutingPolicy}). Each is a {@link brokerlab.experiment.Model}: one run
 * gives an immutable {@link brokerlab.model.StationRun}; {@link brokerlab.experiment.Experiment} turns replications
 * into {@link brokerlab.experiment.Estimates} with a 95% confidence interval per metric. The subpackages hold the
 * other families (network, closed, broker, dispatch, priority, threading), each a Model whose outcome holds its
 * Measurements plus {@link brokerlab.model.Slice}s for its parts (stations, classes, steps).
 *
 * <p>FCFS with identical servers and an infinite buffer runs on the event-free Kiefer–Wolfowitz recursion
 * ({@code FcfsRecursion}); everything else on the event engine of {@code brokerlab.sim} ({@code FcfsEvents},
 * {@code ProcessorSharingEvents}, {@code ServerFarmEvents}). The two FCFS implementations draw the same numbers
 * in the same order and give the same per-customer waits (tested). Each random source has its own stream
 * (ARRIVALS, SERVICE, ROUTING) and each replication its own substream: the same seed gives the same numbers on
 * any number of threads, and models compared under one seed share arrivals and demands.
 *
 * <pre>{@code
 * Estimates<StationRun> e = Station.mmc(0.2, 0.1, 3).simulate()
 *         .customers(200_000).replications(20).seed(42).run();
 * e.get(Metric.MEAN_WAIT);      // ≈ 4.44 ± 0.05; Erlang C: C(3, 2) = 4/9, Wq = (4/9) / (3·0.1 − 0.2) = 4.444
 * e.get(Metric.P99_RESPONSE);   // ≈ 59
 * }</pre>
 */
package brokerlab.model;
