package brokerlab.model.broker;

import brokerlab.analytic.MMc;
import brokerlab.dist.Exponential;
import brokerlab.model.network.Li2015;
import brokerlab.util.Check;

/**
 * Closed forms for the broker model where they are exact.
 *
 * <p><b>Mean latency with a visibility timeout.</b> With exponential stages, free replication,
 * {@link Visibility#AFTER_FAILURE}, no dead-letter queue and out-of-order delivery, a failed message spends exactly V
 * invisible and then rejoins the back of the consumer queue. The invisible period is an infinite-server station
 * with deterministic service V, visited p/(1-p) times per message on average. Infinite-server stations keep the
 * product form for any service distribution (Baskett, Chandy, Muntz &amp; Palacios, "Open, closed and mixed networks
 * of queues with different classes of customers", JACM 22(2), 1975: station type 3), and the queue stations see
 * the same Poisson rates as in the paper's network, so
 * <pre>  T(V) = W_1 + W_2 / (1 - p) + V p / (1 - p),</pre>
 * where the first two terms are {@link Li2015#meanDeliveryTime}. The paper's model (V = 0) therefore
 * underestimates the mean by V p / (1 - p), a gap that grows with p and is unbounded as p → 1.
 *
 * <p><b>Receives.</b> Under AFTER_FAILURE each processing fails independently with probability p, so the number of
 * receives is geometric truncated at K = maxReceives: P(dead-lettered) = p^K, and a delivered message needed k
 * receives with probability (1 - p) p^(k-1) / (1 - p^K), k = 1..K.
 *
 * <p><b>One FIFO group.</b> In order with a single message group, the group's head holds the consumers from its
 * first receive to its deletion: H = S_1 + V + S_2 + ... + V + S_N with N ~ Geometric(1 - p) attempts. Later
 * messages wait behind it in FIFO order, so the consumer stage is an M/G/1 queue with service H (its input is the
 * Poisson output of the M/M/n1 sender stage, Burke 1956), and the Pollaczek–Khinchine formula gives its mean
 * response. With Y = sum of N copies of Z = S + V: E[Y] = E[N] E[Z], E[Y^2] = E[N] Var(S) + E[N^2] E[Z]^2,
 * E[N] = 1/(1-p), E[N^2] = (1+p)/(1-p)^2, and H = Y - V.
 */
public final class BrokerTheory {
    private BrokerTheory() {}

    /** The paper's (Li, Cui &amp; Ma 2015) mean delivery time for these parameters: it ignores V and replication. */
    public static double paperMeanLatency(Broker p) {
        return Li2015.meanDeliveryTime(p.arrivalRate(), rate("senderService", p.senderService()), p.senderThreads(),
                rate("consumerService", p.consumerService()), p.consumerThreads(), p.failureProbability());
    }

    /** T(V) = Jackson + V p / (1 - p) (class comment); rejects parameters for which it is not exact, naming the one at fault. */
    public static double meanLatency(Broker p) {
        requireExactTimerAndWrites(p);
        if (p.delivery() != Delivery.OUT_OF_ORDER)
            throw Check.fail("delivery", p.delivery(), "must be OUT_OF_ORDER for an exact mean", "simulate it");
        double q = p.failureProbability();
        return paperMeanLatency(p) + p.visibilityTimeout() * q / (1 - q);
    }

    /**
     * Mean latency for in-order delivery with ONE message group: W(M/M/n1) + E[H] + lambda E[H^2] / (2 (1 - lambda E[H]))
     * (class comment); any consumer service distribution, exponential sender, AFTER_FAILURE, no replication delay,
     * no dead-letter queue.
     */
    public static double inOrderSingleGroupMeanLatency(Broker p) {
        if (p.delivery() != Delivery.IN_ORDER || p.groups() != 1)
            throw Check.fail("groups", p.groups(), "must be 1 with IN_ORDER delivery for this formula", "use inOrder(1)");
        requireExactTimerAndWrites(p);
        double q = p.failureProbability(), v = p.visibilityTimeout(), lambda = p.arrivalRate();
        double m = p.consumerService().mean(), var = p.consumerService().secondMoment() - m * m;
        double n1 = 1 / (1 - q), n2 = (1 + q) / ((1 - q) * (1 - q)), z = m + v;
        double y1 = n1 * z, y2 = n1 * var + n2 * z * z;
        double h1 = y1 - v, h2 = y2 - 2 * v * y1 + v * v;
        double rho = Check.stable("single FIFO group (head holding time " + h1 + " s) utilisation", lambda * h1);
        double sender = new MMc(lambda, rate("senderService", p.senderService()), p.senderThreads()).meanResponse();
        return sender + h1 + lambda * h2 / (2 * (1 - rho));
    }

    /** The conditions both exact means need: AFTER_FAILURE, free replication, no dead-letter queue. */
    private static void requireExactTimerAndWrites(Broker p) {
        if (p.visibility() != Visibility.AFTER_FAILURE)
            throw Check.fail("visibility", p.visibility(), "must be AFTER_FAILURE for an exact mean",
                    "FROM_RECEIVE re-delivers during long processing; simulate it instead");
        if (p.replicaWriteMean() != 0)
            throw Check.fail("replicaWriteMean", p.replicaWriteMean(), "must be 0 for an exact mean",
                    "a replicated write holds the sender thread and breaks the M/M/n1 stage; simulate it");
        if (p.maxReceives() != Broker.UNLIMITED)
            throw Check.fail("maxReceives", p.maxReceives(), "must be UNLIMITED for an exact mean", "simulate it");
    }

    /** P(dead-lettered) = p^K under AFTER_FAILURE (each receive fails independently). */
    public static double deadLetterProbability(double p, int maxReceives) {
        Check.probabilityBelowOne("p", p);
        Check.atLeast("maxReceives", maxReceives, 1);
        return maxReceives == Broker.UNLIMITED ? 0 : Math.pow(p, maxReceives);
    }

    /** E[receives - 1 | delivered] = sum_{k=1..K} (k-1)(1-p)p^(k-1) / (1 - p^K); p/(1-p) when K is unlimited. */
    public static double duplicatesPerDelivered(double p, int maxReceives) {
        Check.probabilityBelowOne("p", p);
        Check.atLeast("maxReceives", maxReceives, 1);
        if (maxReceives == Broker.UNLIMITED) return p / (1 - p);
        double sum = 0, weight = 1 - p;
        for (int k = 1; k <= maxReceives; k++, weight *= p) sum += (k - 1) * weight;
        return sum / (1 - Math.pow(p, maxReceives));
    }

    /** Mean replication delay of one send: the slowest of r exponential writes, mean * H_r (Rényi representation). */
    public static double meanReplicationDelay(int replicas, double writeMean) {
        Check.atLeast("replicas", replicas, 1);
        Check.nonNegative("writeMean", writeMean);
        return writeMean * Broker.harmonic(replicas);
    }

    private static double rate(String name, brokerlab.dist.Distribution d) {
        if (d instanceof Exponential e) return e.rate();
        throw Check.fail(name, d.spec(), "must be exponential for the Jackson-network formula",
                "use Exponential.withRate(mu), or simulate");
    }
}
