package brokerlab.model.network;

/**
 * The Erlang C probability of waiting in an M/M/c queue, computed through the Erlang B recursion
 * B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)) and C = B / (1 - rho (1 - B)), rho = a / c
 * (Tijms, <i>A First Course in Stochastic Models</i>, 2003, 5.2): no factorials or powers, so it stays accurate for
 * hundreds of servers. Package-private and small on purpose: {@code brokerlab.analytic} holds the public one.
 */
final class ErlangC {
    private ErlangC() {}

    /** P(wait) in M/M/c with offered load a = lambda / mu < c. */
    static double probabilityOfWaiting(int c, double a) {
        double b = 1;
        for (int k = 1; k <= c; k++) b = a * b / (k + a * b);
        double rho = a / c;
        return b / (1 - rho * (1 - b));
    }

    /** Mean response (wait + service) of M/M/c: W = C(c, a) / (c mu - lambda) + 1 / mu. */
    static double meanResponse(double lambda, double mu, int c) {
        return probabilityOfWaiting(c, lambda / mu) / (c * mu - lambda) + 1 / mu;
    }
}
