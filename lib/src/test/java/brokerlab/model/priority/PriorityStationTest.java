package brokerlab.model.priority;

import brokerlab.analytic.PriorityQueues;
import brokerlab.dist.Deterministic;
import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.model.Slice;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriorityStationTest {
    private static void inside(double exact, ConfidenceInterval ci, String what) {
        assertTrue(ci.contains(exact), () -> what + ": exact " + exact + " outside " + ci);
    }

    /** Replications of {@code customers} measured arrivals each (after a tenth of that as warm-up). */
    private static Estimates<PriorityRun> simulate(PriorityStation station, long customers, int replications, long seed) {
        return station.simulate().customers(customers).replications(replications).seed(seed).run();
    }

    /** The interval of one class's metric over the replications. */
    private static ConfidenceInterval perClass(Estimates<PriorityRun> e, int k, Metric m) {
        return Estimates.of(e.runs().stream().map(r -> r.priorityClass(k)).toList()).get(m);
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
        var e = simulate(twoClassMm2(Preemption.NON_PREEMPTIVE), 150_000, 12, 42);
        inside(exact[0], perClass(e, 0, Metric.MEAN_WAIT), "control wait");
        inside(exact[1], perClass(e, 1, Metric.MEAN_WAIT), "bulk wait");
        inside(0.75, e.get(Metric.UTILIZATION), "utilization");
    }

    @Test
    void preemptiveResumeMm2ResponsesMatchTheAggregateMmcArgument() {
        double[] exact = PriorityQueues.mmcPreemptiveResumeResponse(new double[] {0.5, 1.0}, 1, 2);
        var e = simulate(twoClassMm2(Preemption.PREEMPTIVE_RESUME), 150_000, 12, 42);
        inside(exact[0], perClass(e, 0, Metric.MEAN_RESPONSE), "control response");
        inside(exact[1], perClass(e, 1, Metric.MEAN_RESPONSE), "bulk response");
    }

    @Test
    void preemptiveResumeMg1WithDifferentServiceMatchesKleinrock() {
        // class 0: lambda 0.3, deterministic 1 (E[S^2] = 1); class 1: lambda 0.2, H2 mean 1.5, SCV 4 (E[S^2] = 11.25)
        var station = PriorityStation.of(1, Preemption.PREEMPTIVE_RESUME)
                .withClass("small", Exponential.withRate(0.3), new Deterministic(1))
                .withClass("large", Exponential.withRate(0.2), new Hyperexponential(1.5, 4));
        double[] exact = PriorityQueues.mg1PreemptiveResumeResponse(new double[] {0.3, 0.2}, new double[] {1, 1.5}, new double[] {1, 11.25});
        var e = simulate(station, 200_000, 12, 7);
        inside(exact[0], perClass(e, 0, Metric.MEAN_RESPONSE), "small response");
        inside(exact[1], perClass(e, 1, Metric.MEAN_RESPONSE), "large response");
    }

    @Test
    void sameSeedSameNumbersAndPreemptionOnlyHelpsTheTopClass() {
        RunLength n = RunLength.customers(50_000);
        var np = twoClassMm2(Preemption.NON_PREEMPTIVE).run(n, 3, 0);
        assertEquals(np.priorityClass(1).get(Metric.MEAN_WAIT), twoClassMm2(Preemption.NON_PREEMPTIVE).run(n, 3, 0).priorityClass(1).get(Metric.MEAN_WAIT));
        var pr = twoClassMm2(Preemption.PREEMPTIVE_RESUME).run(n, 3, 0);
        assertTrue(pr.preemptions() > 0);
        assertTrue(pr.priorityClass(0).get(Metric.MEAN_RESPONSE) < np.priorityClass(0).get(Metric.MEAN_RESPONSE),
                "preemption shortens the top class's response");
    }

    @Test
    void rejectsUnstableLoadAndMissingClasses() {
        var none = assertThrows(IllegalArgumentException.class, () -> PriorityStation.of(1, Preemption.NON_PREEMPTIVE).run(RunLength.customers(1000), 1, 0));
        assertTrue(none.getMessage().startsWith("classes"), none.getMessage());
        var unstable = assertThrows(IllegalArgumentException.class, () -> PriorityStation.of(1, Preemption.NON_PREEMPTIVE)
                .withClass("a", Exponential.withRate(2), Exponential.withRate(1)).run(RunLength.customers(1000), 1, 0));
        assertTrue(unstable.getMessage().contains("unstable"), unstable.getMessage());
        var dup = assertThrows(IllegalArgumentException.class, () -> PriorityStation.of(1, Preemption.NON_PREEMPTIVE)
                .withClass("a", Exponential.withRate(2), Exponential.withRate(1)).withClass("a", Exponential.withRate(2), Exponential.withRate(1)));
        assertTrue(dup.getMessage().startsWith("class name"), dup.getMessage());
    }
}
