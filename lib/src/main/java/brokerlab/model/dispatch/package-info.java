/**
 * Routing extras on a farm of c servers with per-server FCFS queues ({@link brokerlab.model.dispatch.Farm}):
 * request hedging ({@link brokerlab.model.dispatch.Hedging}, simulated by
 * {@link brokerlab.model.dispatch.HedgingSimulation}; Dean &amp; Barroso 2013) and work stealing versus separate
 * queues versus one shared queue ({@link brokerlab.model.dispatch.Dispatch}, simulated by
 * {@link brokerlab.model.dispatch.StealingSimulation}; Blumofe &amp; Leiserson 1999). Both return a
 * {@link brokerlab.model.dispatch.DispatchResult} measured on the requests that arrive in a window, followed to
 * their answer (the farm drains after the window), so requests and copies are conserved exactly.
 * {@link brokerlab.model.dispatch.HedgingTradeoff} measures tail gain against extra load for one delay.
 *
 * <p>Thread contract: farms and policies are immutable; each run owns its simulator and streams (ARRIVALS,
 * SERVICE, ROUTING), so replications run in parallel with the same numbers whatever the thread count.
 *
 * <pre>{@code
 * Farm farm = Farm.poisson(4, 2.0, Distributions.hyperexponential(1, 10), PrimaryRouting.RANDOM);   // rho 0.5
 * DispatchResult plain = HedgingSimulation.run(farm, Hedging.none(), RunLength.of(200, 5000), 42, 0);
 * DispatchResult hedged = HedgingSimulation.run(farm, Hedging.after(2), RunLength.of(200, 5000), 42, 0);
 * hedged.p99() < plain.p99();      // about 4 against about 60 time units
 * hedged.extraLoad();              // negative here: cancelling stragglers deletes their long service
 * }</pre>
 */
package brokerlab.model.dispatch;
