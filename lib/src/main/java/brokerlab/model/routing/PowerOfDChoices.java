package brokerlab.model.routing;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

/**
 * The power of d choices, JSQ(d): sample d servers independently and uniformly at random (with replacement, as in
 * Mitzenmacher, "The power of two choices in randomized load balancing", IEEE TPDS 2001) and join the one with the
 * fewest jobs (the first sampled on a tie). d = 2 already cuts the tail of the queue-length distribution from
 * geometric to doubly exponential in the large-system limit; d = 1 is the random split.
 */
public final class PowerOfDChoices implements RoutingPolicy {
    private final int d;

    public PowerOfDChoices(int d) {
        this.d = Check.atLeast("d", d, 1);
    }

    public int d() { return d; }

    @Override
    public int choose(ServerView servers, RandomStream rng) {
        int n = servers.servers();
        int best = rng.nextInt(n);
        int fewest = servers.jobsAt(best);
        for (int k = 1; k < d; k++) {
            int i = rng.nextInt(n);
            int jobs = servers.jobsAt(i);
            if (jobs < fewest) {
                fewest = jobs;
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() { return "PowerOfDChoices(" + d + ")"; }
}
