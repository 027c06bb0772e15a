/**
 * Queueing networks: open Jackson networks ({@link brokerlab.analytic.network.Jackson}, exact product form),
 * Whitt's QNA for open networks of G/G/c stations ({@link brokerlab.analytic.network.Qna}, two-moment
 * approximation) and exact Mean Value Analysis for closed networks with think time
 * ({@link brokerlab.analytic.network.Mva}, with asymptotic bounds).
 *
 * <pre>{@code
 * // tandem of two M/M/1 stations, lambda = 1, mu = 2 and 3: E[T] = 1/(2-1) + 1/(3-1) = 1.5
 * new Jackson(new double[]{1, 0}, new double[][]{{0, 1}, {0, 0}}, new double[]{2, 3}, new int[]{1, 1}).meanResponse();
 * }</pre>
 */
package brokerlab.analytic.network;
