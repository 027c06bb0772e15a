package brokerlab.model.routing;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * Random (Bernoulli) splitting: each job goes to server i with probability w_i / sum(w), independently of the
 * state. Poisson arrivals stay Poisson after the split, so with exponential demands each server is an M/M/1
 * queue with rate lambda p_i (Harchol-Balter 2013, §24.2). Equal weights give the classic random split;
 * weights equal to the speeds give the rate-proportional split; weight 0 means the server is never used.
 */
public final class RandomSplit implements RoutingPolicy {
    private final double[] cumulative;   // null for the equal split

    private RandomSplit(double[] weights) {
        if (weights == null) {
            cumulative = null;
            return;
        }
        Check.notNull("weights", weights);
        if (weights.length == 0) throw Check.fail("weights", "[]", "at least one weight is needed", "one weight per server");
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Check.nonNegative("weights[" + i + "]", weights[i]);
            cumulative[i] = sum;
        }
        if (!(sum > 0)) throw Check.fail("weights", Arrays.toString(weights), "at least one weight must be > 0", "give some server a positive weight");
    }

    /** Every server with the same probability. */
    public static RandomSplit equal() {
        return new RandomSplit(null);
    }

    /** Server i with probability weights[i] / sum; one weight per server, each >= 0. */
    public static RandomSplit weighted(double... weights) {
        return new RandomSplit(weights.clone());
    }

    /** Rate-proportional split: weights equal to the server speeds. */
    public static RandomSplit proportionalTo(double... speeds) {
        return weighted(speeds);
    }

    /** Long-run fraction of jobs sent to each of {@code servers} servers. */
    public double[] fractions(int servers) {
        double[] f = new double[servers];
        if (cumulative == null) {
            Arrays.fill(f, 1.0 / servers);
            return f;
        }
        checkSize(servers);
        double total = cumulative[servers - 1];
        for (int i = 0; i < servers; i++) f[i] = (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / total;
        return f;
    }

    @Override
    public int choose(ServerView servers, RandomStream rng) {
        int n = servers.servers();
        if (cumulative == null) return rng.nextInt(n);
        checkSize(n);
        double u = rng.nextDouble() * cumulative[n - 1];
        int i = 0;
        while (cumulative[i] <= u) i++;    // strict: a zero-weight server is never chosen
        return i;
    }

    private void checkSize(int servers) {
        if (cumulative.length != servers) {
            throw Check.fail("weights", cumulative.length + " weights", "there must be one weight per server (" + servers + ")", "pass " + servers + " weights");
        }
    }

    @Override
    public String toString() {
        return cumulative == null ? "RandomSplit(equal)" : "RandomSplit(" + Arrays.toString(fractions(cumulative.length)) + ")";
    }
}
