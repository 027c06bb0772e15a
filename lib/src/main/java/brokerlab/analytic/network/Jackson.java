package brokerlab.analytic.network;

import brokerlab.analytic.MMc;
import brokerlab.analytic.QueueMetrics;
import brokerlab.util.Check;

/**
 * An open Jackson network: Poisson external arrivals gamma_i at station i, Markovian routing P (a job leaving i
 * goes to j with probability P[i][j], leaves with 1 - sum_j P[i][j]), station i has c_i exponential servers of
 * rate mu_i and an infinite FCFS queue. By Jackson's theorem (J. R. Jackson, Operations Research 5(4), 1957;
 * Bolch et al. 2006 §7.1) the stationary distribution is a product of M/M/c_i marginals with arrival rates
 * from the traffic equations lambda = gamma + P^T lambda, so each station is analysed as an M/M/c_i queue
 * ({@link MMc}). End-to-end mean response (entry to exit) by Little: E[T] = sum_i L_i / sum_i gamma_i.
 * Every station must be stable (lambda_i &lt; c_i mu_i); the message names the first that is not.
 */
public final class Jackson {
    private final double[] externalRates;
    private final double[] arrivalRates;
    private final QueueMetrics[] stations;

    public Jackson(double[] externalRates, double[][] routing, double[] serviceRates, int[] servers) {
        Routing.validate(externalRates, routing);
        int n = externalRates.length;
        Check.notNull("serviceRates", serviceRates);
        Check.notNull("servers", servers);
        if (serviceRates.length != n || servers.length != n) {
            throw Check.fail("serviceRates.length/servers.length", serviceRates.length + "/" + servers.length,
                    "both must equal the number of stations (" + n + ")", null);
        }
        this.externalRates = externalRates.clone();
        this.arrivalRates = Routing.solveTraffic(externalRates, routing);
        this.stations = new QueueMetrics[n];
        for (int i = 0; i < n; i++) {
            Check.positive("serviceRates[" + i + "]", serviceRates[i]);
            Check.atLeast("servers[" + i + "]", servers[i], 1);
            if (arrivalRates[i] == 0) {
                stations[i] = new QueueMetrics("idle station", 0, 0, 0, 1 / serviceRates[i], 0, 0, 0);
                continue;
            }
            Check.stable("station " + i + " utilisation", arrivalRates[i] / (servers[i] * serviceRates[i]));
            stations[i] = new MMc(arrivalRates[i], serviceRates[i], servers[i]).metrics();
        }
    }

    /** lambda_i from the traffic equations. */
    public double[] arrivalRates() { return arrivalRates.clone(); }

    /** Visit ratios V_i = lambda_i / sum(gamma): mean visits to station i per job. */
    public double[] visitRatios() {
        double total = java.util.Arrays.stream(externalRates).sum();
        double[] v = arrivalRates.clone();
        for (int i = 0; i < v.length; i++) v[i] /= total;
        return v;
    }

    /** The M/M/c_i results of station i (response per visit). */
    public QueueMetrics station(int i) {
        Check.atLeast("station", i, 0);
        if (i >= stations.length) throw Check.fail("station", i, "it must be < " + stations.length, null);
        return stations[i];
    }

    public double meanNumberInNetwork() {
        double l = 0;
        for (QueueMetrics s : stations) l += s.meanNumberInSystem();
        return l;
    }

    /** End-to-end mean response E[T] = L / sum(gamma) (Little's law on the whole network). */
    public double meanResponse() {
        return meanNumberInNetwork() / java.util.Arrays.stream(externalRates).sum();
    }
}
