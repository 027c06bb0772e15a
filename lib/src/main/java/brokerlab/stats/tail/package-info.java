/**
 * Tail analysis of latency samples (simulated, or a CSV a user brings via {@code Empirical.fromCsv}): how heavy is
 * the tail, and how sure are we of a high percentile?
 *
 * <ul>
 *   <li>{@link brokerlab.stats.tail.HillEstimator}: the tail index alpha from the k largest observations, with an
 *       asymptotic confidence band (a "Hill plot" over k shows where the estimate is stable);</li>
 *   <li>{@link brokerlab.stats.tail.PeaksOverThreshold}: a generalized Pareto fit to the exceedances over a
 *       threshold (probability-weighted moments), with tail quantiles beyond the data;</li>
 *   <li>{@link brokerlab.stats.tail.Bootstrap}: percentile-bootstrap intervals for any percentile.</li>
 * </ul>
 *
 * <pre>{@code
 * double[] latencies = ...;                                   // e.g. 100 000 response times
 * HillEstimate h = HillEstimator.estimate(latencies, 1000);  // alpha ≈ 2.5 [2.35, 2.65] for Lomax(2.5) data
 * GpdFit tail = PeaksOverThreshold.fit(latencies, 0.95);     // shape xi ≈ 0.4 = 1/alpha above the p95
 * BootstrapInterval p99 = Bootstrap.percentile(latencies, 0.99, 1000, 0.95, RandomStream.of(42, 5));
 * }</pre>
 * Unlike the rest of {@code brokerlab.stats}, these need the sample itself (they sort it): use them on stored
 * samples or traces, not inside a streaming simulation.
 */
package brokerlab.stats.tail;
