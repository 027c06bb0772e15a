package brokerlab.analytic;

import brokerlab.util.Check;

import java.util.Arrays;

/**
 * One FCFS queue in front of c servers of different speeds, Poisson arrivals, exponential service with rate mu_i
 * at server i, and the fastest-free-server rule: a job that finds idle servers goes to the fastest of them; when a
 * server frees up and jobs wait, it takes the head of the queue. (Harchol-Balter 2013 ch. 14 exercises; the
 * two-server case is the "slow server problem" of Lin &amp; Kumar 1984, IEEE TAC 29(8):696–703.)
 *
 * <p>Exact CTMC. Below level c the state is the set of busy servers (2^c - 1 states); at or above level c all
 * servers are busy and the chain is a birth–death chain with birth lambda and death sum(mu_i), so
 * p(c + j) = p(c) r^j with r = lambda / sum(mu_i). We solve the finite chain on the busy sets numerically
 * ({@link StationaryDistribution}) with the full set standing for level c and the cut-balanced flows to and
 * from level c + 1 removed, then sum the geometric tail in closed form. There is no truncation: the tail mass
 * neglected is 0 (well under the 1e-12 tolerance one would accept for a truncated chain).
 * Stable iff lambda &lt; sum(mu_i). Intended for c &lt;= 10 (the busy-set space has 2^c states).
 */
public final class HeterogeneousServers {
    private static final String METHOD = "fastest-free-server CTMC (exact, geometric tail summed)";
    private final double arrivalRate;
    private final double[] rates;
    private final double[] busySetProbability;
    private final double tailFactor;

    /** @param serviceRates mu_i of each server; any order (the fastest idle one is chosen, ties by lower index) */
    public HeterogeneousServers(double arrivalRate, double... serviceRates) {
        Check.positive("arrivalRate", arrivalRate);
        Check.notNull("serviceRates", serviceRates);
        Check.atLeast("serviceRates.length", serviceRates.length, 1);
        if (serviceRates.length > 10) {
            throw Check.fail("serviceRates.length", serviceRates.length, "it must be <= 10 (2^c CTMC states)",
                    "for more servers use RandomSplitMM1 or a simulation");
        }
        double total = 0;
        for (int i = 0; i < serviceRates.length; i++) total += Check.positive("serviceRates[" + i + "]", serviceRates[i]);
        Check.stable("utilisation arrivalRate/sum(serviceRates)", arrivalRate / total);
        this.arrivalRate = arrivalRate;
        this.rates = serviceRates.clone();
        int c = rates.length;
        int full = (1 << c) - 1;
        double[][] q = new double[1 << c][1 << c];
        for (int set = 0; set <= full; set++) {
            for (int i = 0; i < c; i++) {
                if ((set & (1 << i)) != 0) q[set][set & ~(1 << i)] += rates[i];
            }
            if (set != full) q[set][set | (1 << fastestIdle(set))] += arrivalRate;
        }
        this.busySetProbability = StationaryDistribution.solve(q);
        double r = arrivalRate / total;
        // normalise: the full set carries level c and its geometric tail, mass pi_full / (1 - r)
        double pFull = busySetProbability[full];
        double z = 1 - pFull + pFull / (1 - r);
        for (int s = 0; s <= full; s++) busySetProbability[s] /= z;
        this.tailFactor = 1 / (1 - r);
    }

    private int fastestIdle(int set) {
        int best = -1;
        for (int i = 0; i < rates.length; i++) {
            if ((set & (1 << i)) == 0 && (best < 0 || rates[i] > rates[best])) best = i;
        }
        return best;
    }

    public double[] serviceRates() { return rates.clone(); }

    /** P(all servers busy) = P(an arrival waits), by PASTA. */
    public double waitProbability() {
        return busySetProbability[busySetProbability.length - 1] * tailFactor;
    }

    /** Fraction of time server i is busy. */
    public double serverUtilization(int server) {
        Check.atLeast("server", server, 0);
        if (server >= rates.length) throw Check.fail("server", server, "it must be < " + rates.length, null);
        int full = busySetProbability.length - 1;
        double u = 0;
        for (int s = 0; s < full; s++) if ((s & (1 << server)) != 0) u += busySetProbability[s];
        return u + waitProbability();
    }

    public double meanNumberInSystem() {
        int c = rates.length;
        int full = (1 << c) - 1;
        double l = 0;
        for (int s = 0; s < full; s++) l += Integer.bitCount(s) * busySetProbability[s];
        double r = 1 - 1 / tailFactor;
        // sum_{j>=0} (c + j) r^j = c/(1-r) + r/(1-r)^2
        return l + busySetProbability[full] * (c * tailFactor + r * tailFactor * tailFactor);
    }

    /** E[T] = L / lambda (Little). */
    public double meanResponse() { return meanNumberInSystem() / arrivalRate; }

    public double meanQueueLength() {
        double r = 1 - 1 / tailFactor;
        return busySetProbability[busySetProbability.length - 1] * r * tailFactor * tailFactor;
    }

    public double meanWait() { return meanQueueLength() / arrivalRate; }

    public QueueMetrics metrics() {
        double total = Arrays.stream(rates).sum();
        return new QueueMetrics(METHOD, arrivalRate / total, waitProbability(), meanWait(), meanResponse(),
                meanQueueLength(), meanNumberInSystem(), arrivalRate);
    }
}
