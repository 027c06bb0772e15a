package brokerlab.cli;

import brokerlab.analytic.Estimate;

/**
 * What one analytic method gives for a queue. Mean values are {@link Estimate}s (finite, or infinite with the
 * reason), or null with {@code meanNote} when finite but not computable; a {@code null} probability or percentile
 * means the method has no value for it.
 *
 * @param method               the method's own label, e.g. "M/M/c, Erlang C (exact)"
 * @param utilization          carried load per server
 * @param waitProbability      P(an admitted arrival waits), or null
 * @param meanWait             E[Wq]
 * @param meanResponse         E[T] = E[Wq] + E[S]
 * @param meanQueueLength      E[Lq] = lambda E[Wq] (admitted rate with a capacity)
 * @param percentiles          response-time p50, p95, p99, or null
 * @param percentileMethod     how the percentiles were computed, or null
 * @param rejectionProbability P(rejected) with a capacity, else null
 * @param meanNote             why the three means are null when they are finite but unknown, else null
 */
record AnalyticResult(String method, double utilization, Double waitProbability, Estimate meanWait,
                      Estimate meanResponse, Estimate meanQueueLength, double[] percentiles, String percentileMethod,
                      Double rejectionProbability, String meanNote) {

    /** A mean-wait-only method (the approximations): mean response and queue length follow by E[S] and Little. */
    static AnalyticResult ofMeanWait(QueueSpec q, Estimate wait) {
        return new AnalyticResult(wait.method(), q.utilization(), null, wait, wait.plus(q.meanService()),
                wait.times(q.arrivalRate()), null, null, null, null);
    }
}
