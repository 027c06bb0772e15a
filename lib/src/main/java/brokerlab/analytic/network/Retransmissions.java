package brokerlab.analytic.network;

import brokerlab.util.Check;

/**
 * The hidden load of retransmissions: how many service visits a message costs when deliveries fail with
 * probability p and failed attempts are retried at once, and the failure probability at which that extra load
 * tips a station into overload. Each attempt fails independently, so the number of attempts is geometric
 * (Ross, <i>Introduction to Probability Models</i>, 2.2) and the visit counts are the solution of the traffic
 * equations lambda = gamma + P^T lambda for the corresponding Markov routing (Jackson 1957; Kleinrock vol. 1, 4.8).
 *
 * <ul>
 *   <li>Per-hop retry (each hop retries its own delivery): every hop is visited 1/(1-p) times.</li>
 *   <li>End-to-end restart over h identical hops (a failure at any hop sends the message back to hop 1): a pass
 *       succeeds with probability q^h, q = 1 - p, so there are 1/q^h passes on average, and hop k is reached by a
 *       pass with probability q^(k-1). Hop k is therefore visited q^(k-1)/q^h times, and the h hops together
 *       sum_k q^(k-1)/q^h = (1 - q^h)/(p q^h) times: growth like (1/(1-p))^h, not h/(1-p).</li>
 *   <li>Layers (a broker retrying each delivery with p_b, a client re-sending the whole request with p_c):
 *       independent geometric retries nest, so visits multiply: 1/((1-p_b)(1-p_c)).</li>
 *   <li>Critical p: a station of c servers of rate mu offered lambda per message-visit is stable while
 *       lambda V(p) &lt; c mu. Per-hop: p* = 1 - lambda/(c mu). End-to-end over h hops the first hop carries the
 *       most, lambda/q^h, so p* = 1 - (lambda/(c mu))^(1/h).</li>
 * </ul>
 */
public final class Retransmissions {
    private Retransmissions() {}

    /** Visits to a hop that retries its own failed deliveries: 1/(1-p). */
    public static double perHopVisits(double p) {
        return 1 / (1 - Check.probabilityBelowOne("p", p));
    }

    /** Visits to hop k (1..h) when a failure anywhere restarts from hop 1: (1-p)^(k-1) / (1-p)^h. */
    public static double endToEndVisits(double p, int hops, int k) {
        Check.probabilityBelowOne("p", p);
        Check.atLeast("hops", hops, 1);
        if (k < 1 || k > hops) throw Check.fail("k", k, "it must be a hop number in 1.." + hops, null);
        return Math.pow(1 - p, k - 1 - hops);
    }

    /** Total visits over h hops with end-to-end restart: (1 - q^h)/(p q^h), q = 1 - p (h when p = 0). */
    public static double endToEndTotalVisits(double p, int hops) {
        Check.probabilityBelowOne("p", p);
        Check.atLeast("hops", hops, 1);
        if (p == 0) return hops;
        double qh = Math.pow(1 - p, hops);
        return (1 - qh) / (p * qh);
    }

    /** Visits when independent retry layers nest (broker, client, ...): the product of 1/(1-p_i). */
    public static double layeredVisits(double... failureProbabilities) {
        Check.notNull("failureProbabilities", failureProbabilities);
        double v = 1;
        for (int i = 0; i < failureProbabilities.length; i++) {
            v /= 1 - Check.probabilityBelowOne("failureProbabilities[" + i + "]", failureProbabilities[i]);
        }
        return v;
    }

    /** p* = 1 - lambda/(c mu): the per-hop failure probability at which the station's utilisation reaches 1. */
    public static double criticalPerHop(double lambda, int servers, double mu) {
        return criticalEndToEnd(lambda, servers, mu, 1);
    }

    /** p* = 1 - (lambda/(c mu))^(1/h): end-to-end restarts over h identical hops saturate hop 1 there. */
    public static double criticalEndToEnd(double lambda, int servers, double mu, int hops) {
        Check.positive("lambda", lambda);
        Check.atLeast("servers", servers, 1);
        Check.positive("mu", mu);
        Check.atLeast("hops", hops, 1);
        double rho = lambda / (servers * mu);
        if (rho >= 1) {
            throw Check.fail("lambda", lambda, "it must be < c mu = " + servers * mu + " (utilisation "
                    + rho + " without any retry)", "add servers or lower lambda: no failure rate is tolerable");
        }
        return 1 - Math.pow(rho, 1.0 / hops);
    }
}
