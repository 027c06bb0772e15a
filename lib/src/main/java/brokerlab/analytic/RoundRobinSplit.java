package brokerlab.analytic;

import brokerlab.util.Check;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Cyclic (round-robin) splitting of a Poisson stream of rate lambda over c exponential servers, each with its own
 * FCFS queue. Server i receives every c-th arrival, so its inter-arrival times are Erlang-c with rate lambda
 * (mean c/lambda): a GI/M/1 queue. Its mean response is 1 / (mu_i (1 - sigma_i)), where sigma_i in (0, 1) is the
 * root of sigma = A*(mu_i (1 - sigma)) and A*(s) = (lambda / (lambda + s))^c is the Laplace transform of the
 * inter-arrival time (Kleinrock, <i>Queueing Systems</i> vol. 1, 1975, section 6.4; Harchol-Balter 2013, ch. 24 on
 * task assignment). Round robin is blind to speed: with unequal rates a slow server saturates when lambda / c
 * reaches its rate, and then {@link #meanResponse()} is infinite and says which servers are to blame.
 */
public final class RoundRobinSplit {
    private static final String METHOD = "round robin, GI/M/1 queues with Erlang-c input (exact)";

    private final double arrivalRate;
    private final double[] rates;

    public RoundRobinSplit(double arrivalRate, double... serviceRates) {
        this.arrivalRate = Check.positive("arrivalRate", arrivalRate);
        Check.notNull("serviceRates", serviceRates);
        if (serviceRates.length < 1) throw Check.fail("serviceRates", 0, "it must name at least one server", null);
        rates = serviceRates.clone();
        for (int i = 0; i < rates.length; i++) Check.positive("serviceRates[" + i + "]", rates[i]);
    }

    public int servers() { return rates.length; }

    /** Utilisation (lambda / c) / mu_i of server i. */
    public double serverUtilization(int server) {
        checkServer(server);
        return arrivalRate / rates.length / rates[server];
    }

    /**
     * The GI/M/1 root sigma_i: the probability that an arriving job finds server i busy. Solved by Brent's method
     * on (0, 1), where f(sigma) = A*(mu (1 - sigma)) - sigma is positive near 0 and negative near 1 when rho &lt; 1.
     */
    public double sigma(int server) {
        checkServer(server);
        double rho = serverUtilization(server);
        if (rho >= 1) throw Check.fail("server " + server + " utilisation", rho, "it must be < 1 for a root in (0, 1)", "lower the arrival rate or give the server a larger rate");
        double mu = rates[server], c = rates.length;
        return new BrentSolver(1e-14).solve(10_000, s -> Math.pow(arrivalRate / (arrivalRate + mu * (1 - s)), c) - s, 0, 1 - 1e-12);
    }

    /** Mean response of server i, 1 / (mu_i (1 - sigma_i)). */
    public double meanResponse(int server) {
        return 1 / (rates[server] * (1 - sigma(server)));
    }

    /** Mean response over all jobs: each server takes 1/c of them. */
    public Estimate meanResponse() {
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < rates.length; i++)
            if (serverUtilization(i) >= 1) bad.append(String.format(java.util.Locale.ROOT, " server %d (rate %.4g) at utilisation %.4g;", i, rates[i], serverUtilization(i)));
        if (bad.length() > 0) return Estimate.infinite(METHOD, "mean response is infinite because round robin overloads" + bad + " use a speed-aware policy");
        double t = 0;
        for (int i = 0; i < rates.length; i++) t += meanResponse(i) / rates.length;
        return Estimate.of(t, METHOD);
    }

    private void checkServer(int server) {
        if (server < 0 || server >= rates.length) throw Check.fail("server", server, "it must be in [0, " + rates.length + ")", null);
    }
}
