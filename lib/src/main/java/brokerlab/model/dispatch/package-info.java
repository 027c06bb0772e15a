/**
 * Routing extras on a farm of c servers ({@link brokerlab.model.dispatch.Farm}, the
 * {@link brokerlab.experiment.Model}): request hedging ({@link brokerlab.model.dispatch.Hedging}; Dean &amp; Barroso
 * 2013) and work stealing versus separate queues versus one shared queue ({@link brokerlab.model.dispatch.Dispatch};
 * Blumofe &amp; Leiserson 1999). A run returns a {@link brokerlab.model.dispatch.DispatchRun} measured on the
 * requests that arrive in a window, followed to their answer (the farm drains after the window), so requests and
 * copies are conserved exactly. {@link brokerlab.model.dispatch.HedgingTradeoff} measures tail gain against extra
 * load for one delay.
 *
 * <p>Thread contract: farms and policies are immutable; each run owns its simulator and streams (ARRIVALS,
 * SERVICE, ROUTING), so replications run in parallel with the same numbers whatever the thread count.
 *
 * <pre>{@code
 * Farm farm = Farm.poisson(4, 2.0, Distributions.hyperexponential(1, 10), PrimaryRouting.RANDOM);   // rho 0.5
 * Estimates<DispatchRun> plain = farm.simulate().time(200, 5000).replications(8).seed(42).run();
 * Estimates<DispatchRun> hedged = farm.withPolicy(Hedging.after(2)).simulate().time(200, 5000).replications(8).seed(42).run();
 * hedged.point(Metric.P99_RESPONSE);          // about 4 against about 60 time units for plain
 * hedged.point(DispatchRun.EXTRA_LOAD);       // negative here: cancelling stragglers deletes their long service
 * }</pre>
 */
package brokerlab.model.dispatch;
