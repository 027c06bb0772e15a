package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.model.routing.PowerOfDChoices;
import brokerlab.model.routing.RandomSplit;
import brokerlab.model.routing.RoundRobin;
import brokerlab.model.routing.RoutingPolicy;
import brokerlab.model.routing.WeightedRoundRobin;
import brokerlab.util.Check;

import java.util.Arrays;
import java.util.Objects;

/**
 * A station of heterogeneous servers behind a load balancer: inter-arrival times, job demands (work), one speed
 * per server (a job of demand d holds server i for d / speed_i), a {@link RoutingPolicy}, and an optional
 * capacity K on the total number of jobs present (0 = infinite; a full station rejects arrivals).
 *
 * <p>Stability with an infinite buffer: the total load lambda E[D] / sum(speeds) must be below one, and for the
 * state-blind splits (random, round robin, weighted round robin) every used server's own load
 * lambda p_i E[D] / speed_i must be too, since nothing moves work off an overloaded server; for the power of d
 * choices the share of work no sample can avoid is checked likewise (a necessary condition).
 */
public record ServerFarmParams(Distribution arrival, Distribution demand, double[] speeds, RoutingPolicy routing, int capacity) {

    public ServerFarmParams {
        Check.notNull("arrival", arrival);
        Check.notNull("demand", demand);
        Check.notNull("speeds", speeds);
        Check.notNull("routing", routing);
        Check.positive("arrival mean", arrival.mean());
        Check.positive("demand mean", demand.mean());
        if (speeds.length < 1) throw Check.fail("servers", 0, "it must be >= 1", "pass at least one speed");
        speeds = speeds.clone();
        double total = 0;
        for (int i = 0; i < speeds.length; i++) total += Check.positive("speeds[" + i + "]", speeds[i]);
        Check.atLeast("capacity", capacity, 0);
        if (capacity == 0) capacity = StationParams.INFINITE;
        if (capacity < speeds.length) {
            throw Check.fail("capacity", capacity, "it must be >= servers (" + speeds.length + ") or 0 for an infinite buffer",
                    "raise capacity to at least " + speeds.length);
        }
        if (capacity == StationParams.INFINITE) {
            double lambdaD = demand.mean() / arrival.mean();
            Check.stable(lambdaD / total);
            if (routing instanceof PowerOfDChoices pod) checkSampledSubsets(lambdaD, speeds, pod);
            double[] split = staticFractions(routing, speeds.length);
            if (split != null) {
                for (int i = 0; i < split.length; i++) {
                    if (split[i] > 0) Check.stable("utilisation of server " + i + " under " + routing, lambdaD * split[i] / speeds[i]);
                }
            }
        }
    }

    /**
     * A necessary condition for JSQ(d): when all d samples fall among the k slowest servers, the job must go to one
     * of them, so they receive at least lambda (k/c)^d of the work and need lambda E[D] (k/c)^d < their total speed.
     */
    private static void checkSampledSubsets(double lambdaD, double[] speeds, PowerOfDChoices pod) {
        double[] sorted = speeds.clone();
        Arrays.sort(sorted);
        double capacity = 0;
        for (int k = 1; k < sorted.length; k++) {
            capacity += sorted[k - 1];
            double forced = lambdaD * Math.pow((double) k / sorted.length, pod.d());
            Check.stable("utilisation of the " + k + " slowest server(s) under " + pod + " (the share no choice can avoid)", forced / capacity);
        }
    }

    /** The long-run split of a state-blind policy, or null when the policy looks at the state. */
    private static double[] staticFractions(RoutingPolicy routing, int servers) {
        if (routing instanceof RandomSplit r) return r.fractions(servers);
        if (routing instanceof RoundRobin r) return r.fractions(servers);
        if (routing instanceof WeightedRoundRobin r) return r.fractions(servers);
        return null;
    }

    public int servers() { return speeds.length; }

    /** A copy: the record stays immutable. */
    @Override
    public double[] speeds() { return speeds.clone(); }

    public double speed(int i) { return speeds[i]; }

    public double arrivalRate() { return 1.0 / arrival.mean(); }

    /** Total load lambda E[D] / sum(speeds). */
    public double utilization() {
        return demand.mean() / arrival.mean() / Arrays.stream(speeds).sum();
    }

    public boolean infiniteCapacity() { return capacity == StationParams.INFINITE; }

    /**
     * True when waits and responses may have infinite variance, so that their means and percentiles are summarised
     * by medians over replications: the demand's variance is infinite, or (infinite buffer) its tail index is at
     * most 3. A job queued behind one server's jobs has a finite second wait moment only when E[D^3] is finite
     * (M/G/1, Scheller-Wolf's condition with one server: {@link brokerlab.analytic.HeavyTail#waitVarianceFinite});
     * a shared queue may need less, so the rule errs towards medians. A finite buffer bounds the wait by at most
     * capacity services, so there only the demand's own variance matters.
     */
    public boolean heavyTailed() {
        return demand.hasInfiniteVariance() || (infiniteCapacity() && !(demand.tailIndex() > 3));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerFarmParams p && arrival.equals(p.arrival) && demand.equals(p.demand)
                && Arrays.equals(speeds, p.speeds) && routing.equals(p.routing) && capacity == p.capacity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(arrival, demand, Arrays.hashCode(speeds), routing, capacity);
    }

    @Override
    public String toString() {
        return "ServerFarmParams[arrival=" + arrival.spec() + ", demand=" + demand.spec() + ", speeds="
                + Arrays.toString(speeds) + ", routing=" + routing + ", capacity="
                + (infiniteCapacity() ? "infinite" : capacity) + "]";
    }
}
