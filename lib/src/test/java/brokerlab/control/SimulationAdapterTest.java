package brokerlab.control;

import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Exponential;
import brokerlab.model.Plans;
import brokerlab.widget.CancelToken;
import brokerlab.widget.RunCancelled;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter against the engine: exact cases inside their intervals, and cancellation between replications. */
class SimulationAdapterTest {
    private final SimulationAdapter adapter = new SimulationAdapter(new RunBudget(40_000, 8, 4_000, 1_000, 42));

    private static OperatingPoint mm1(double lambda) {
        return new OperatingPoint(lambda, 0.1, 1, ServiceLaw.EXPONENTIAL, 0, 0, 1, Balancer.SHARED_QUEUE, 0,
                Replication.NONE, Deployment.ONE_DATACENTRE);
    }

    @Test
    void anMM1PointReproducesItsExactMeanAndP99WithinTheIntervals() {
        var e = adapter.simulate(mm1(5), CancelToken.NEVER);
        double mean = 1 / (10.0 - 5);                     // M/M/1 response ~ Exp(mu - lambda): mean 0.2 s
        double p99 = Math.log(100) / (10.0 - 5);          // its 99th percentile, 0.921 s
        assertTrue(e.meanResponse().contains(mean), e.meanResponse() + " vs " + mean);
        assertTrue(Math.abs(e.p99Response().estimate() - p99) < 3 * e.p99Response().halfWidth() + 0.01 * p99,
                e.p99Response() + " vs " + p99);
        assertEquals(0.0, e.rejection().estimate());
    }

    @Test
    void aStalePointStopsBetweenReplications() {
        var checks = new AtomicInteger();
        CancelToken afterTwo = () -> checks.incrementAndGet() > 2;
        assertThrows(RunCancelled.class, () -> adapter.simulate(OperatingPoint.defaults(), afterTwo));
        assertEquals(3, checks.get(), "checked before each replication, stopped before the third");
    }

    @Test
    void mixedSpeedsAndADispatcherRunOnTheServerFarm() {
        var p = new OperatingPoint(20, 0.1, 4, ServiceLaw.EXPONENTIAL, 0, 0.5, 0.5, Balancer.JOIN_SHORTEST_QUEUE, 0,
                Replication.NONE, Deployment.ONE_DATACENTRE);
        var e = adapter.simulate(p, CancelToken.NEVER);
        // JSQ over speeds {1, 1, 0.5, 0.5}: at least one full-speed service, at most a long wait at rho = 0.67
        assertTrue(e.meanResponse().estimate() > 0.1 && e.meanResponse().estimate() < 1, e.meanResponse().toString());
    }

    @Test
    void replicationAddsCommitLatencyNearItsFailureFreeTheory() {
        var p = new OperatingPoint(20, 0.1, 4, ServiceLaw.EXPONENTIAL, 0, 0, 0.5, Balancer.SHARED_QUEUE, 0,
                Replication.RAFT, Deployment.THREE_ZONES);
        var e = adapter.simulate(p, CancelToken.NEVER);
        double theory = Theory.of(p).commit().seconds();
        double simulated = e.meanCommit().orElseThrow().estimate();
        assertTrue(Math.abs(simulated - theory) < 0.25 * theory, "simulated " + simulated + " s vs theory " + theory + " s");
    }

    @Test
    void poissonThroughAnExponentialStageStaysPoisson() {
        // Burke's theorem: the departures of a stable M/M/1 are Poisson, SCV 1, at every stage of this line
        var e = adapter.tandem(new TandemPoint(1, 0.7, 1, 1, 0.7), CancelToken.NEVER);
        assertTrue(Math.abs(e.departureScv1().estimate() - 1) < 3 * e.departureScv1().halfWidth() + 0.02, e.departureScv1().toString());
        double mm1Wait = 0.7 * 0.7 / (1 - 0.7);            // stage 2 is M/M/1 at rho 0.7: Wq = rho E[S] / (1 - rho)
        assertTrue(Math.abs(e.meanWait2().estimate() - mm1Wait) < 3 * e.meanWait2().halfWidth() + 0.02 * mm1Wait,
                e.meanWait2() + " vs " + mm1Wait);
    }

    @Test
    void aSimulatedPlanForExponentialServiceMatchesTheExactPlanOrAddsOneServer() {
        var target = new Target.ResponsePercentileAtMost(0.99, 0.5);
        var exp = Exponential.ofMean(0.1);
        int exact = Plans.byTheory(40, exp, target).servers();
        int simulated = adapter.plan(40, exp, target, CancelToken.NEVER).servers();
        assertTrue(simulated == exact || simulated == exact + 1, "exact " + exact + ", simulated " + simulated);
    }
}
