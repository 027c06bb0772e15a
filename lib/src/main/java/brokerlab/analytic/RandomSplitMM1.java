package brokerlab.analytic;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * Random (Bernoulli) splitting of a Poisson stream over heterogeneous exponential servers, each with its own
 * queue: a job goes to server i with probability p_i, so server i is an M/M/1 queue with Poisson input
 * lambda p_i (thinning preserves the Poisson property; Harchol-Balter 2013 ch. 24,
 * "Task assignment"). E[T] = sum_i p_i / (mu_i - lambda p_i), finite only if every server with p_i &gt; 0 is
 * stable; otherwise {@link #meanResponse()} is an {@link Estimate.Infinite} that names the unstable servers.
 */
public final class RandomSplitMM1 {
    private static final String METHOD = "random split, independent M/M/1 queues (exact)";
    private final double arrivalRate;
    private final double[] rates;
    private final double[] probabilities;

    public RandomSplitMM1(double arrivalRate, double[] serviceRates, double[] probabilities) {
        Check.positive("arrivalRate", arrivalRate);
        Check.notNull("serviceRates", serviceRates);
        Check.notNull("probabilities", probabilities);
        if (serviceRates.length != probabilities.length || serviceRates.length == 0) {
            throw Check.fail("probabilities.length", probabilities.length, "it must equal serviceRates.length ("
                    + serviceRates.length + ") and be >= 1", "give one routing probability per server");
        }
        double sum = 0;
        for (int i = 0; i < serviceRates.length; i++) {
            Check.positive("serviceRates[" + i + "]", serviceRates[i]);
            sum += Check.probability("probabilities[" + i + "]", probabilities[i]);
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw Check.fail("sum(probabilities)", sum, "it must be 1", "normalise the routing probabilities");
        }
        this.arrivalRate = arrivalRate;
        this.rates = serviceRates.clone();
        this.probabilities = probabilities.clone();
    }

    /** p_i = 1/c: every server gets the same share, however slow. */
    public static RandomSplitMM1 equalSplit(double arrivalRate, double... serviceRates) {
        Check.notNull("serviceRates", serviceRates);
        Check.atLeast("serviceRates.length", serviceRates.length, 1);
        double[] p = new double[serviceRates.length];
        java.util.Arrays.fill(p, 1.0 / serviceRates.length);
        return new RandomSplitMM1(arrivalRate, serviceRates, p);
    }

    /** p_i = mu_i / sum(mu): every server runs at the same utilisation lambda / sum(mu). */
    public static RandomSplitMM1 proportionalSplit(double arrivalRate, double... serviceRates) {
        Check.notNull("serviceRates", serviceRates);
        Check.atLeast("serviceRates.length", serviceRates.length, 1);
        double total = 0;
        for (int i = 0; i < serviceRates.length; i++) total += Check.positive("serviceRates[" + i + "]", serviceRates[i]);
        double[] p = new double[serviceRates.length];
        for (int i = 0; i < p.length; i++) p[i] = serviceRates[i] / total;
        return new RandomSplitMM1(arrivalRate, serviceRates, p);
    }

    /** Indices of servers whose share lambda p_i reaches their rate mu_i. */
    public List<Integer> unstableServers() {
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) if (probabilities[i] > 0 && arrivalRate * probabilities[i] >= rates[i]) bad.add(i);
        return bad;
    }

    /** Utilisation lambda p_i / mu_i of server i (may be &gt;= 1: then that server is unstable). */
    public double serverUtilization(int server) {
        Check.atLeast("server", server, 0);
        if (server >= rates.length) throw Check.fail("server", server, "it must be < " + rates.length, null);
        return arrivalRate * probabilities[server] / rates[server];
    }

    public Estimate meanResponse() {
        List<Integer> bad = unstableServers();
        if (!bad.isEmpty()) {
            StringBuilder why = new StringBuilder("mean response is infinite because these servers are unstable:");
            for (int i : bad) {
                why.append(String.format(java.util.Locale.ROOT, " server %d (rate %.4g) receives %.4g jobs/unit "
                        + "time = utilisation %.4g >= 1;", i, rates[i], arrivalRate * probabilities[i],
                        serverUtilization(i)));
            }
            why.append(" lower its share or use a state-aware policy");
            return Estimate.infinite(METHOD, why.toString());
        }
        double t = 0;
        for (int i = 0; i < rates.length; i++) {
            if (probabilities[i] > 0) t += probabilities[i] / (rates[i] - arrivalRate * probabilities[i]);
        }
        return Estimate.of(t, METHOD);
    }
}
