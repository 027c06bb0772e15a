package brokerlab.model.routing;

import brokerlab.random.RandomStream;

/**
 * Round robin: job k goes to server k mod c, blind to queue lengths and speeds (the default of most HTTP load
 * balancers). Stateless: the count comes from {@link ServerView#decisions()}. With Poisson arrivals each server
 * sees Erlang-c inter-arrival times, smoother than a random split, so waits are shorter (Harchol-Balter 2013 §24.2).
 */
public final class RoundRobin implements RoutingPolicy {
    @Override
    public int choose(ServerView servers, RandomStream rng) {
        return (int) (servers.decisions() % servers.servers());
    }

    /** Long-run fraction of jobs per server: equal. */
    public double[] fractions(int servers) {
        double[] f = new double[servers];
        java.util.Arrays.fill(f, 1.0 / servers);
        return f;
    }

    @Override
    public String toString() { return "RoundRobin"; }
}
