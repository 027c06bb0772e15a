package brokerlab.model.routing;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * Smooth weighted round robin (the nginx upstream algorithm): over each cycle of sum(w) jobs, server i gets
 * exactly w_i of them, interleaved as evenly as possible (weights 5,1,1 give a a b a c a a, not a a a a a b c).
 * At each step every server's current weight grows by its weight, the largest is picked and lowered by the
 * total. The cycle is computed once at construction, so choosing is a table look-up and the policy is immutable.
 */
public final class WeightedRoundRobin implements RoutingPolicy {
    private static final int MAX_CYCLE = 1 << 20;
    private final int[] weights;
    private final int[] cycle;

    /** One non-negative integer weight per server, at least one positive; e.g. the speeds 2, 1, 1. */
    public WeightedRoundRobin(int... weights) {
        Check.notNull("weights", weights);
        this.weights = weights.clone();
        long total = 0;
        for (int i = 0; i < weights.length; i++) total += Check.atLeast("weights[" + i + "]", weights[i], 0);
        if (total < 1 || total > MAX_CYCLE) {
            throw Check.fail("weights", Arrays.toString(weights), "their sum must be in [1, " + MAX_CYCLE + "]", "use small integers such as 2, 1, 1");
        }
        cycle = new int[(int) total];
        long[] current = new long[weights.length];
        for (int k = 0; k < cycle.length; k++) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                current[i] += weights[i];
                if (weights[i] > 0 && (best < 0 || current[i] > current[best])) best = i;
            }
            current[best] -= total;
            cycle[k] = best;
        }
    }

    @Override
    public int choose(ServerView servers, RandomStream rng) {
        if (servers.servers() != weights.length) {
            throw Check.fail("weights", weights.length + " weights", "there must be one weight per server (" + servers.servers() + ")", "pass " + servers.servers() + " weights");
        }
        return cycle[(int) (servers.decisions() % cycle.length)];
    }

    /** Long-run fraction of jobs per server: w_i / sum(w). */
    public double[] fractions(int servers) {
        double[] f = new double[weights.length];
        for (int i = 0; i < f.length; i++) f[i] = (double) weights[i] / cycle.length;
        return f;
    }

    @Override
    public String toString() { return "WeightedRoundRobin" + Arrays.toString(weights); }
}
