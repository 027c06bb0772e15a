package brokerlab.model.routing;

import brokerlab.experiment.Estimates;

import brokerlab.dist.Exponential;
import brokerlab.model.StationRun;
import brokerlab.model.ServerFarm;
import brokerlab.experiment.Estimates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The contract every {@link RoutingPolicy} must honour, checked on each implementation. */
class RoutingPolicyContractTest {

    static List<RoutingPolicy> policies() {
        return List.of(RandomSplit.equal(), RandomSplit.proportionalTo(2, 1, 1), new RoundRobin(),
                new WeightedRoundRobin(2, 1, 1), new JoinShortestQueue(), new LeastConnections(),
                new PowerOfDChoices(2), new FastestFreeServer(), new SlowServerThreshold(3));
    }

    /** Speeds 2, 1, 1 and Exp(1) demands at lambda = 2: total load 0.5, at most 2/3 on any server. */
    private static ServerFarm farm(RoutingPolicy policy) {
        return ServerFarm.of(new Exponential(2), new Exponential(1), 2, 1, 1).routing(policy);
    }

    @ParameterizedTest
    @MethodSource("policies")
    void conservesJobsAndSatisfiesLittlesLaw(RoutingPolicy policy) {
        StationRun r = farm(policy).simulate().customers(20_000).seed(5).runOnce();
        assertEquals(20_000, r.arrivals());
        assertEquals(r.arrivals(), r.departures() + r.rejected(), "flow conservation");
        assertEquals(0, r.rejected());
        assertTrue(r.littleRelativeError() < 0.02, () -> "L = lambda W off by " + r.littleRelativeError());
        // Lq + busy servers = L on every sample path, so the measured time averages must add up too
        assertEquals(r.meanNumberInSystem(), r.meanQueueLength() + 3 * r.utilization(), 1e-9 * r.meanNumberInSystem());
    }

    @ParameterizedTest
    @MethodSource("policies")
    void conservesJobsWithAFiniteCapacity(RoutingPolicy policy) {
        StationRun r = farm(policy).capacity(4).simulate().customers(10_000).seed(6).runOnce();
        assertEquals(r.arrivals(), r.departures() + r.rejected(), "flow conservation");
        assertTrue(r.rejected() > 0, "at capacity 4 some arrivals are turned away");
        assertTrue(r.littleRelativeError() < 0.02, () -> "L = lambda W off by " + r.littleRelativeError());
    }

    @ParameterizedTest
    @MethodSource("policies")
    void isDeterministicAcrossThreadCounts(RoutingPolicy policy) throws Exception {
        var plan = farm(policy).simulate().customers(2_000).replications(4).seed(8);
        var pool = new java.util.concurrent.ForkJoinPool(1);
        try {
            Estimates<StationRun> one = pool.submit(plan::run).get();
            assertEquals(one.runs(), plan.run().runs());
        } finally {
            pool.shutdown();
        }
    }
}
