package brokerlab.model.network;

import brokerlab.analytic.network.Jackson;
import brokerlab.dist.Exponential;
import brokerlab.util.Check;

/**
 * The queueing abstraction of Li, Cui &amp; Ma (2015), "Modeling Message Queueing Services with Reliability Guarantee
 * in Cloud Computing Environment Using Colored Petri Nets", Mathematical Problems in Engineering 2015, 383846.
 * The paper builds two models: a coloured-Petri-net simulation model that includes the visibility timeout,
 * replication and message consistency, and a closed-form queueing model that leaves the timeout out. This class is
 * the latter: Poisson arrivals at rate lambda; a sender stage of n1 exponential servers (rate mu1); then a broker
 * stage of n2 exponential servers (rate mu2); after broker service the delivery fails with probability p and the
 * message re-enters the broker queue at once (retransmission), otherwise it leaves. ({@code model.broker.Broker}
 * puts the timeout back.)
 *
 * <p>This is a Jackson network, so {@link #meanDeliveryTime} is exact: {@link Jackson} solves it (rate lambda at
 * the sender, lambda / (1 - p) at the broker, each an M/M/c queue), giving T = W_s + W_b / (1 - p) by Little's
 * law, derived here from the model rather than transcribed from the paper. The paper's own printed closed form
 * (its equation (8)) is neither reproduced nor checked here: its text was not available to us, so this class makes
 * no claim about it; the tests check {@link #meanDeliveryTime} against simulation of {@link #network} instead.
 *
 * <p>The paper's load sweeps reach points where a pool is too small (for example n = 5 threads at a service time of
 * 0.18 s, or n = 6 at 55 messages/s with p = 0.12): every method here rejects such a point with an
 * {@link IllegalArgumentException} naming the saturated stage and its utilisation, since no steady state exists.
 */
public final class Li2015 {
    /** Station names used by {@link #network}. */
    public static final String SENDER = "sender", BROKER = "broker";

    private Li2015() {}

    /** The model as a simulatable {@link QueueingNetwork}; rejects an unstable sender or broker stage by name. */
    public static QueueingNetwork network(double lambda, double mu1, int n1, double mu2, int n2, double p) {
        validate(lambda, mu1, n1, mu2, n2, p);
        return QueueingNetwork.builder()
                .station(Node.of(SENDER, n1, Exponential.withRate(mu1)))
                .station(Node.of(BROKER, n2, Exponential.withRate(mu2)))
                .arrivals(SENDER, Exponential.withRate(lambda))
                .route(SENDER, BROKER, 1.0)
                .route(BROKER, BROKER, p)
                .build();
    }

    /** Exact mean end-to-end delivery time T = W_s + W_b / (1 - p) (see the class comment). */
    public static double meanDeliveryTime(double lambda, double mu1, int n1, double mu2, int n2, double p) {
        return jackson(lambda, mu1, n1, mu2, n2, p).meanResponse();
    }

    /**
     * Mean number of messages waiting for a thread, queued but not in service, over both stages: Lq_s + Lq_b, the
     * paper's "number of waiting messages" (the number in the network is lambda T, Little's law).
     */
    public static double meanWaitingMessages(double lambda, double mu1, int n1, double mu2, int n2, double p) {
        Jackson j = jackson(lambda, mu1, n1, mu2, n2, p);
        return j.station(0).meanQueueLength() + j.station(1).meanQueueLength();
    }

    private static Jackson jackson(double lambda, double mu1, int n1, double mu2, int n2, double p) {
        validate(lambda, mu1, n1, mu2, n2, p);
        return new Jackson(new double[] {lambda, 0}, new double[][] {{0, 1}, {0, p}}, new double[] {mu1, mu2}, new int[] {n1, n2});
    }

    private static void validate(double lambda, double mu1, int n1, double mu2, int n2, double p) {
        Check.positive("lambda", lambda);
        Check.positive("mu1", mu1);
        Check.atLeast("n1", n1, 1);
        Check.positive("mu2", mu2);
        Check.atLeast("n2", n2, 1);
        Check.probabilityBelowOne("p", p);
        Check.stable("sender stage (station '" + SENDER + "', n1 = " + n1 + ") utilisation", lambda / (n1 * mu1));
        Check.stable("broker stage (station '" + BROKER + "', n2 = " + n2 + ") utilisation", lambda / ((1 - p) * n2 * mu2));
    }
}
