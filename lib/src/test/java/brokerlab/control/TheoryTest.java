package brokerlab.control;

import brokerlab.analytic.HeavyTail;
import brokerlab.analytic.MMc;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The method the readout names for each kind of point, and values checked against independent formulas. */
class TheoryTest {

    private static OperatingPoint point(double lambda, int c, ServiceLaw law, double shape, double legacyFraction,
                                        Balancer balancer, int capacity) {
        return new OperatingPoint(lambda, 0.1, c, law, shape, legacyFraction, 0.5, balancer, capacity,
                Replication.NONE, Deployment.THREE_ZONES);
    }

    @Test
    void exponentialServiceBehindOneQueueIsErlangCWithTheExactPercentile() {
        var t = Theory.of(point(32, 4, ServiceLaw.EXPONENTIAL, 0, 0, Balancer.SHARED_QUEUE, 0));
        var mmc = new MMc(32, 10, 4);
        assertEquals(mmc.meanResponse(), t.mean().seconds(), 1e-12);
        assertEquals("M/M/c, Erlang C (exact)", t.mean().method());
        assertEquals(mmc.responsePercentile(0.99), t.p99().seconds(), 1e-12);
        assertEquals(t.mmcP99().seconds(), t.p99().seconds(), 1e-12);
    }

    @Test
    void lomaxWithFiniteVarianceUsesTheDefaultApproximationAndHasNoPercentile() {
        // Lomax alpha 2.5: SCV = 2.5 / 0.5 = 5, above Approximations.KIMURA_MAX_SCV, so Allen–Cunneen (where the
        // reality-gap map shows Kimura under-estimating)
        var t = Theory.of(OperatingPoint.defaults());
        assertTrue(t.mean().method().startsWith("Allen–Cunneen"), t.mean().method());
        assertTrue(t.mean().seconds() > t.mmcMean().seconds(), "SCV 5 waits longer than SCV 1");
        assertTrue(t.p99().estimate().isEmpty());
        assertTrue(t.p99().note().contains("no closed form"), t.p99().note());
    }

    @Test
    void infiniteVarianceFollowsSchellerWolf() {
        // alpha 1.8, c = 4: at rho 0.8 (a = 3.2) the mean wait needs alpha > 1 + 1/(4 - 3) = 2: infinite
        var heavy = Theory.of(point(32, 4, ServiceLaw.LOMAX, 1.8, 0, Balancer.SHARED_QUEUE, 0));
        assertTrue(heavy.mean().estimate().isPresent());
        assertFalse(heavy.mean().estimate().get().isFinite());
        // at rho 0.5 (a = 2) it needs alpha > 1 + 1/(4 - 2) = 1.5: finite, but no two-moment formula
        var light = Theory.of(point(20, 4, ServiceLaw.LOMAX, 1.8, 0, Balancer.SHARED_QUEUE, 0));
        assertTrue(HeavyTail.meanWaitFinite(1.8, 4, 2.0));
        assertTrue(light.mean().estimate().isEmpty());
        assertTrue(light.mean().note().startsWith("finite"), light.mean().note());
    }

    @Test
    void aRandomSplitOfIdenticalExponentialServersIsCIndependentMM1Queues() {
        var t = Theory.of(point(32, 4, ServiceLaw.EXPONENTIAL, 0, 0, Balancer.RANDOM, 0));
        double perServer = 32.0 / 4;                        // 8 msg/s into each M/M/1 with mu = 10
        assertEquals(1 / (10 - perServer), t.mean().seconds(), 1e-12);
        assertEquals(Math.log(100) / (10 - perServer), t.p99().seconds(), 1e-9);   // M/M/1 response ~ Exp(mu - lambda)
    }

    @Test
    void mixedSpeedsBehindOneQueueUseTheCtmcAndOtherRoutingHasNoFormula() {
        var shared = Theory.of(point(20, 4, ServiceLaw.EXPONENTIAL, 0, 0.5, Balancer.SHARED_QUEUE, 0));
        assertEquals("fastest-free-server CTMC (exact)", shared.mean().method());
        var jsq = Theory.of(point(20, 4, ServiceLaw.EXPONENTIAL, 0, 0.5, Balancer.JOIN_SHORTEST_QUEUE, 0));
        assertTrue(jsq.mean().estimate().isEmpty());
        assertTrue(jsq.mean().note().contains("join shortest queue over mixed speeds"), jsq.mean().note());
    }

    @Test
    void aFiniteBufferUsesMMcKForExponentialServiceEvenAboveRhoOne() {
        var t = Theory.of(point(50, 4, ServiceLaw.EXPONENTIAL, 0, 0, Balancer.SHARED_QUEUE, 8));   // rho = 1.25
        assertEquals("M/M/c/K (exact)", t.mean().method());
        assertTrue(t.mmcP99().estimate().isEmpty());
    }

    @Test
    void replicationAddsTheProtocolsFailureFreeCommitLatency() {
        var p = new OperatingPoint(32, 0.1, 4, ServiceLaw.EXPONENTIAL, 0, 0, 0.5, Balancer.SHARED_QUEUE, 0,
                Replication.RAFT, Deployment.THREE_REGIONS);
        var t = Theory.of(p);
        assertTrue(t.commit().isFinite());
        assertTrue(t.commit().seconds() > 0.010, "a cross-region quorum costs tens of ms: " + t.commit().seconds());
        assertTrue(Theory.of(OperatingPoint.defaults()).commit().estimate().isEmpty());
    }

    @Test
    void pointsWithoutSteadyStateAreRefusedWithTheirReason() {
        var unstable = assertThrows(IllegalArgumentException.class, () -> point(40, 4, ServiceLaw.EXPONENTIAL, 0, 0, Balancer.SHARED_QUEUE, 0));
        assertTrue(unstable.getMessage().contains("1.000 >= 1") || unstable.getMessage().contains("1 >= 1"), unstable.getMessage());
        var slowServer = assertThrows(IllegalArgumentException.class, () -> point(24, 4, ServiceLaw.EXPONENTIAL, 0, 0.5, Balancer.RANDOM, 0));
        // 2 legacy servers at speed 0.5 each get 6 msg/s of 5 they can serve: rho = 1.2
        assertTrue(slowServer.getMessage().startsWith("utilisation of a legacy server under random split"), slowServer.getMessage());
        var buffer = assertThrows(IllegalArgumentException.class, () -> point(20, 4, ServiceLaw.EXPONENTIAL, 0, 0, Balancer.SHARED_QUEUE, 3));
        assertTrue(buffer.getMessage().startsWith("buffer capacity = 3 is invalid"), buffer.getMessage());
    }
}
