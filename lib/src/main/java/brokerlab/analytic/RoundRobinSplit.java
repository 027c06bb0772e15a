package brokerlab.analytic;

import brokerlab.util.Check;


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
     * The GI/M/1 root sigma_i: the probability that an arriving job finds server i busy; 1 - {@link #idleRoot}.
     */
    public double sigma(int server) {
        return 1 - idleRoot(server);
    }

    /**
     * u_i = 1 - sigma_i, solved for directly because at high load sigma_i is within 1e-9 of one and the mean
     * response 1 / (mu_i u_i) needs u_i to full relative precision. With x = mu u / lambda the fixed point
     * u = 1 - (1 + x)^{-c} reads phi(x) = lambda / mu for phi(x) = (1 - (1 + x)^{-c}) / x, which falls from c at
     * x = 0; so it is solved as psi(x) = c - phi(x) = c - lambda / mu, whose right side ({@code fma}, one
     * rounding) and left side ({@link #psi}) both keep their digits as the load nears one.
     */
    double idleRoot(int server) {
        checkServer(server);
        double rho = serverUtilization(server);
        if (rho >= 1) throw Check.fail("server " + server + " utilisation", rho, "it must be < 1 for a root in (0, 1)", "lower the arrival rate or give the server a larger rate");
        double mu = rates[server];
        int c = rates.length;
        double spare = Math.fma(c, mu, -arrivalRate) / mu;
        double x = Roots.brent("round-robin GI/M/1 root for server " + server + " (utilisation " + rho + ")",
                v -> psi(c, v) - spare, 0, mu / arrivalRate, 1e-15, 1e-300);
        return arrivalRate * x / mu;
    }

    /**
     * psi(x) = ((1 + x)^{-c} - 1 + c x) / x, increasing from 0 at x = 0 towards c. For c x &lt;= 1/2 by its
     * binomial series sum_{k &gt;= 2} (-1)^k C(c + k - 1, k) x^{k-1} (the closed form would cancel to its
     * quadratic term), else in closed form with expm1/log1p.
     */
    static double psi(int c, double x) {
        if (c * x > 0.5) return (Math.expm1(-c * Math.log1p(x)) + c * x) / x;
        double term = c * (c + 1.0) / 2 * x, sum = 0;
        for (int k = 2; Math.abs(term) > 1e-17 * Math.abs(sum) || k == 2; k++) {
            sum += term;
            term *= -(c + k) * x / (k + 1);
        }
        return sum;
    }

    /** Mean response of server i, 1 / (mu_i (1 - sigma_i)). */
    public double meanResponse(int server) {
        return 1 / (rates[server] * idleRoot(server));
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
