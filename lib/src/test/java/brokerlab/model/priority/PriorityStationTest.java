package brokerlab.model.priority;

import brokerlab.analytic.PriorityQueues;
import brokerlab.dist.Deterministic;
import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriorityStationTest {
    private static void inside(double exact, ConfidenceInterval ci, String what) {
        assertTrue(ci.contains(exact), () -> what + ": exact " + exact + " outside " + ci);
    }

    private static PriorityStation twoClassMm2(Preemption p) {
        // control: lambda 0.5, bulk: lambda 1.0, both mu = 1, c = 2: rho = 0.75
        return PriorityStation.of(2, p)
                .withClass("control", Exponential.withRate(0.5), Exponential.withRate(1))
                .withClass("bulk", Exponential.withRate(1.0), Exponential.withRate(1));
    }

    @Test
    void nonPreemptiveMm2WaitsMatchCobhamPerClass() {
        double[] exact = PriorityQueues.mmcNonPreemptiveWait(new double[] {0.5, 1.0}, 1, 2);
        var e = twoClassMm2(Preemption.NON_PREEMPTIVE).simulate(150_000, 12, 42);
        inside(exact[0], e.meanWait(0), "control wait");
        inside(exact[1], e.meanWait(1), "bulk wait");
        inside(0.75, e.utilization(), "utilisation");
    }

    @Test
    void preemptiveResumeMm2ResponsesMatchTheAggregateMmcArgument() {
        double[] exact = PriorityQueues.mmcPreemptiveResumeResponse(new double[] {0.5, 1.0}, 1, 2);
        var e = twoClassMm2(Preemption.PREEMPTIVE_RESUME).simulate(150_000, 12, 42);
        inside(exact[0], e.meanResponse(0), "control response");
        inside(exact[1], e.meanResponse(1), "bulk response");
    }

    @Test
    void preemptiveResumeMg1WithDifferentServiceMatchesKleinrock() {
        // class 0: lambda 0.3, deterministic 1 (E[S^2] = 1); class 1: lambda 0.2, H2 mean 1.5, SCV 4 (E[S^2] = 11.25)
        var station = PriorityStation.of(1, Preemption.PREEMPTIVE_RESUME)
                .withClass("small", Exponential.withRate(0.3), new Deterministic(1))
                .withClass("large", Exponential.withRate(0.2), new Hyperexponential(1.5, 4));
        double[] exact = PriorityQueues.mg1PreemptiveResumeResponse(new double[] {0.3, 0.2}, new double[] {1, 1.5}, new double[] {1, 11.25});
        var e = station.simulate(200_000, 12, 7);
        inside(exact[0], e.meanResponse(0), "small response");
        inside(exact[1], e.meanResponse(1), "large response");
    }

    @Test
    void sameSeedSameNumbersAndPreemptionOnlyHelpsTheTopClass() {
        var np = twoClassMm2(Preemption.NON_PREEMPTIVE).run(50_000, 3, 0);
        assertEquals(np.meanWait()[1], twoClassMm2(Preemption.NON_PREEMPTIVE).run(50_000, 3, 0).meanWait()[1]);
        var pr = twoClassMm2(Preemption.PREEMPTIVE_RESUME).run(50_000, 3, 0);
        assertTrue(pr.preemptions() > 0);
        assertTrue(pr.meanResponse()[0] < np.meanResponse()[0], "preemption shortens the top class's response");
    }

    @Test
    void rejectsUnstableLoadAndMissingClasses() {
        var none = assertThrows(IllegalArgumentException.class, () -> PriorityStation.of(1, Preemption.NON_PREEMPTIVE).run(1000, 1, 0));
        assertTrue(none.getMessage().startsWith("classes"), none.getMessage());
        var unstable = assertThrows(IllegalArgumentException.class, () -> PriorityStation.of(1, Preemption.NON_PREEMPTIVE)
                .withClass("a", Exponential.withRate(2), Exponential.withRate(1)).run(1000, 1, 0));
        assertTrue(unstable.getMessage().contains("unstable"), unstable.getMessage());
        var dup = assertThrows(IllegalArgumentException.class, () -> PriorityStation.of(1, Preemption.NON_PREEMPTIVE)
                .withClass("a", Exponential.withRate(2), Exponential.withRate(1)).withClass("a", Exponential.withRate(2), Exponential.withRate(1)));
        assertTrue(dup.getMessage().startsWith("class name"), dup.getMessage());
    }
}
