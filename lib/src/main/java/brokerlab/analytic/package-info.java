/**
 * Closed forms and approximations for queues, each citing its source and naming its method in every result.
 *
 * <p>Exact: {@link brokerlab.analytic.ErlangB}, {@link brokerlab.analytic.ErlangC}, {@link brokerlab.analytic.MMc}
 * (with the closed-form response-time CDF and percentiles), {@link brokerlab.analytic.MMcK},
 * {@link brokerlab.analytic.MMInfinity}, {@link brokerlab.analytic.MG1} (Pollaczek–Khinchine, plus numerical
 * transform inversion for percentiles), {@link brokerlab.analytic.MG1PS}, and small CTMCs for heterogeneous
 * servers ({@link brokerlab.analytic.HeterogeneousServers}, {@link brokerlab.analytic.ThresholdSlowServer},
 * {@link brokerlab.analytic.RandomSplitMM1}). Approximate: {@link brokerlab.analytic.Approximations}
 * (Allen–Cunneen, Lee–Longton, Cosmetatos, Kingman, Kimura, and {@code best}). Heavy tails:
 * {@link brokerlab.analytic.HeavyTail}. Networks live in {@code brokerlab.analytic.network}, inverse problems
 * (servers from a target) in {@code brokerlab.analytic.capacity}.
 *
 * <p>Results that may be infinite are {@link brokerlab.analytic.Estimate}s: a finite value with its method, or an
 * explicit infinite with the condition that makes it so. Nothing returns a silent NaN or Infinity.
 *
 * <p>Failures follow the convention stated in {@link brokerlab.util.Check}: bad input is an
 * {@code IllegalArgumentException} naming the parameter; a numerical failure on valid input (a root finder that
 * cannot bracket, say) is an {@code IllegalStateException} that says so, never an IllegalArgumentException.
 * Closed forms are written to stay finite over their whole valid domain (e.g. {@link brokerlab.analytic.MMc}
 * percentiles at rho = 1 - 1e-9 and c = 10^4, computed in log space).
 *
 * <pre>{@code
 * var q = new MMc(0.2, 0.1, 3);          // lambda = 0.2/s, mu = 0.1/s, 3 servers: a = 2, rho = 2/3
 * q.waitProbability();                    // 4/9 (Erlang C)
 * q.meanWait();                           // 4.444 s
 * q.responsePercentile(0.99);             // p99 of the response time, closed-form CDF + Brent
 * Approximations.best(4.5, 1.0, 1, 0, 5); // M/D/5 at rho = 0.9, method "Cosmetatos (approximation)"
 * }</pre>
 */
package brokerlab.analytic;
