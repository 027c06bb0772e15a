package brokerlab.model.dispatch;

import brokerlab.stats.LatencyHistogram;

/**
 * What a farm did for the requests that arrived in the measured window [warm-up, warm-up + duration). After the
 * window arrivals stop and the farm drains, so every such request (and every copy of it) is accounted for:
 * {@code requests} = completed ones, {@code copiesSent = copiesServed + copiesCancelled} exactly. Time averages
 * (number of outstanding requests, server utilisation) are taken over the window itself, so Little's law
 * L = (requests / duration) W holds up to edge effects of order W / duration (Little 1961).
 *
 * @param duration         length of the measured window
 * @param arrived          requests that arrived over the whole run, warm-up included
 * @param completed        requests answered over the whole run (equals {@code arrived} after the drain)
 * @param requests         requests that arrived in the window (all answered by the end)
 * @param meanResponse     their mean response, arrival to first answer (W)
 * @param histogram        their responses (do not modify; pool with {@code new LatencyHistogram().add(...)})
 * @param meanOutstanding  time-average number of unanswered requests in the window (L)
 * @param utilisation      time-average fraction of servers busy in the window, duplicates included
 * @param copiesSent       copies of window requests sent to a server (requests + hedges)
 * @param copiesServed     of those, copies that completed service
 * @param copiesCancelled  of those, copies withdrawn from a queue or aborted in service
 * @param work             server time spent on window requests' copies, cancelled ones included
 * @param wastedWork       of that, time spent on copies that did not answer (late duplicates, cancelled copies)
 * @param steals           window requests that were stolen by another server's idle server
 * @param meanService      E[S] of one copy, the unit of {@link #extraLoad()}
 */
public record DispatchResult(double duration, long arrived, long completed, long requests, double meanResponse,
                             LatencyHistogram histogram, double meanOutstanding, double utilisation, long copiesSent,
                             long copiesServed, long copiesCancelled, double work, double wastedWork, long steals,
                             double meanService) {

    /** Response percentile of the window's requests, q in (0, 1). */
    public double percentile(double q) { return histogram.percentile(q); }
    public double p50() { return percentile(0.50); }
    public double p99() { return percentile(0.99); }

    /** Window requests per unit time (the X of Little's law). */
    public double throughput() { return requests / duration; }

    /** Copies that were served per request: 1 without hedging, exactly 2 with d = 0 and no cancellation. */
    public double copiesServedPerRequest() { return (double) copiesServed / requests; }

    /** Fraction of requests that were hedged (a second copy sent). */
    public double hedgedFraction() { return (double) (copiesSent - requests) / requests; }

    /**
     * Net change of server work per request against plain routing, as a fraction of E[S]: work per request / E[S] - 1.
     * About 0 without hedging and about 1 (twice the load) with d = 0 and no cancellation. It can be negative with
     * cancellation: aborting a straggler also deletes the rest of its long service.
     */
    public double extraLoad() { return work / requests / meanService - 1; }

    /** Fraction of all server work spent on copies that did not answer: 0 without hedging, about 1/2 at d = 0 without cancel. */
    public double wastedFraction() { return work == 0 ? 0 : wastedWork / work; }

    /** Fraction of window requests that were stolen. */
    public double stolenFraction() { return (double) steals / requests; }
}
