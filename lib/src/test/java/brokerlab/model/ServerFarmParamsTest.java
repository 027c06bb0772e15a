package brokerlab.model;

import brokerlab.dist.Exponential;
import brokerlab.model.routing.JoinShortestQueue;
import brokerlab.model.routing.RandomSplit;
import brokerlab.model.routing.WeightedRoundRobin;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ServerFarmParamsTest {
    private final Exponential arrivals = new Exponential(1.5), demand = new Exponential(1);

    private String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void rejectsNonPositiveSpeedNamingTheServer() {
        assertTrue(message(() -> new ServerFarmParams(arrivals, demand, new double[]{2, -1}, new JoinShortestQueue(), 0)).contains("speeds[1]"));
    }

    @Test
    void rejectsTotalLoadAtOrAboveOne() {
        // lambda E[D] / sum(speeds) = 1.5 / 1.5 = 1
        assertTrue(message(() -> new ServerFarmParams(arrivals, demand, new double[]{1, 0.5}, new JoinShortestQueue(), 0)).contains("utilisation"));
    }

    @Test
    void rejectsAStaticSplitThatOverloadsOneServer() {
        // total load 1.5/3 = 0.5 but an equal split sends 0.75 to the speed-0.5 server: rho = 1.5
        String m = message(() -> new ServerFarmParams(arrivals, demand, new double[]{2.5, 0.5}, RandomSplit.equal(), 0));
        assertTrue(m.contains("server 1"), m);
        assertTrue(message(() -> new ServerFarmParams(arrivals, demand, new double[]{2.5, 0.5}, new WeightedRoundRobin(1, 1), 0)).contains("server 1"));
    }

    @Test
    void rejectsPowerOfTwoChoicesWhenTheSlowServerCannotTakeTheWorkForcedOnIt() {
        // speeds 10 and 0.1, lambda E[D] = 1.5: both samples hit the slow server with probability 1/4, so it gets
        // at least 1.5/4 = 0.375 of work per unit time but can do 0.1: utilisation 3.75.
        String m = message(() -> new ServerFarmParams(arrivals, demand, new double[]{10, 0.1}, new brokerlab.model.routing.PowerOfDChoices(2), 0));
        assertTrue(m.contains("slowest") && m.contains("3.750"), m);
    }

    @Test
    void acceptsTheSameSplitWithAFiniteBuffer() {
        assertEquals(10, new ServerFarmParams(arrivals, demand, new double[]{2.5, 0.5}, RandomSplit.equal(), 10).capacity());
    }

    @Test
    void lomaxDemandWithTailIndexAtMostThreeMakesWaitsHeavyTailed() {
        // a queue at one server needs E[D^3] < inf for a finite wait variance: Lomax alpha = 3 fails, 3.5 passes
        var heavy = new ServerFarmParams(arrivals, new brokerlab.dist.Lomax(3, 0.5), new double[]{1, 1}, new JoinShortestQueue(), 0);
        var light = new ServerFarmParams(arrivals, new brokerlab.dist.Lomax(3.5, 0.5), new double[]{1, 1}, new JoinShortestQueue(), 0);
        var bounded = new ServerFarmParams(arrivals, new brokerlab.dist.Lomax(3, 0.5), new double[]{1, 1}, new JoinShortestQueue(), 6);
        assertTrue(heavy.heavyTailed());
        assertFalse(light.heavyTailed());
        assertFalse(bounded.heavyTailed(), "a finite buffer bounds the wait by a few services of finite variance");
        assertFalse(new ServerFarmParams(arrivals, demand, new double[]{1, 1}, new JoinShortestQueue(), 0).heavyTailed());
        var run = new ServerFarm(heavy).run(brokerlab.experiment.RunLength.customers(2_000), 1, 0);
        assertTrue(run.infiniteVariance(brokerlab.experiment.Metric.MEAN_RESPONSE), "the farm's runs must say so to the runner");
    }

    @Test
    void rejectsCapacityBelowTheNumberOfServers() {
        assertTrue(message(() -> new ServerFarmParams(arrivals, demand, new double[]{1, 1, 1}, new JoinShortestQueue(), 2)).contains("capacity"));
    }

    @Test
    void isImmutableAndComparesSpeedsByValue() {
        double[] speeds = {2, 1};
        var p = new ServerFarmParams(arrivals, demand, speeds, new JoinShortestQueue(), 0);
        speeds[0] = 100;
        p.speeds()[1] = 100;
        assertEquals(2, p.speed(0));
        assertEquals(1, p.speed(1));
        assertEquals(1.5 / 3, p.utilization(), 1e-12);
    }
}
