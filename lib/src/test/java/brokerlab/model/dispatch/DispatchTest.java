package brokerlab.model.dispatch;

import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.experiment.Replications;
import brokerlab.experiment.RunLength;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DispatchTest {
    private static final RunLength LENGTH = RunLength.time(200, 8_000);
    // 4 exponential servers (mu = 1), Poisson lambda = 3: a = 3, rho = 0.75
    private static final Farm MM4 = Farm.poisson(4, 3, Exponential.withRate(1), PrimaryRouting.RANDOM);

    private static List<DispatchRun> runs(Farm farm, Dispatch d, int count, long seed) {
        return farm.withPolicy(d).simulate().length(LENGTH).replications(count).seed(seed).run().runs();
    }

    /** M/M/4 at a = 3: sum_{k<4} a^k/k! = 1 + 3 + 4.5 + 4.5 = 13; a^4/4! * 4/(4 - 3) = 13.5; C = 13.5/26.5. */
    private static final double MM4_W = 13.5 / 26.5 / (4 - 3) + 1;

    @Test
    void immediateStealingMatchesMmcMeanResponse() {
        // Idle servers never coexist with waiting jobs, so N(t) is the M/M/4 chain (see the class Javadoc).
        // 20 x 20,000 time units (about 60,000 requests each): half-width about 0.7% of W.
        double level = 1 - 0.05 / 2;
        RunLength longer = RunLength.time(200, 20_000);
        ConfidenceInterval steal = Replications.ci(MM4.withPolicy(Dispatch.STEAL_IMMEDIATE).simulate().length(longer).replications(20).seed(21).run().runs(),
                DispatchRun::meanResponse, level);
        ConfidenceInterval shared = Replications.ci(MM4.withPolicy(Dispatch.SHARED_QUEUE).simulate().length(longer).replications(20).seed(21).run().runs(),
                DispatchRun::meanResponse, level);
        assertTrue(steal.contains(MM4_W), () -> "M/M/4 W " + MM4_W + " outside stealing " + steal);
        assertTrue(shared.contains(MM4_W), () -> "M/M/4 W " + MM4_W + " outside shared " + shared);
    }

    @Test
    void immediateStealingFollowsTheSharedQueuesSamplePathUnderCommonRandomNumbers() {
        // Both keep min(N, c) servers busy and the k-th service start takes the k-th SERVICE draw; arrivals are the
        // same. By induction over events the departure epochs coincide, so N(t), the utilisation and L are identical
        // (only which job leaves differs). Exponential service is not needed for this; use H2 to show it. The mean
        // response of the window's requests differs only through which of them are still inside at the window's
        // edges (a different job leaves at each epoch), an effect of order W / duration.
        Farm farm = Farm.poisson(3, 2.4, new Hyperexponential(1, 4), PrimaryRouting.RANDOM);
        DispatchRun steal = farm.withPolicy(Dispatch.STEAL_IMMEDIATE).run(LENGTH, 31, 0);
        DispatchRun shared = farm.withPolicy(Dispatch.SHARED_QUEUE).run(LENGTH, 31, 0);
        assertEquals(shared.meanOutstanding(), steal.meanOutstanding(), 1e-9 * shared.meanOutstanding());
        assertEquals(shared.utilization(), steal.utilization(), 1e-12);
        assertEquals(shared.requests(), steal.requests());
        assertEquals(shared.meanResponse(), steal.meanResponse(), 0.01 * shared.meanResponse());
    }

    @Test
    void separateQueuesAreMm1AndStealingOnCompletionLiesBetween() {
        // Random split: each server M/M/1 at 0.75, W = 1 / (1 - 0.75) = 4. Stealing only on completion leaves some
        // idle servers beside waiting jobs, so its W lies strictly between M/M/4's 1.51 and 4.
        ConfidenceInterval none = Replications.ci95(runs(MM4, Dispatch.PER_SERVER, 10, 22), DispatchRun::meanResponse);
        ConfidenceInterval lazy = Replications.ci95(runs(MM4, Dispatch.STEAL_ON_COMPLETION, 10, 22), DispatchRun::meanResponse);
        assertTrue(none.contains(4.0), () -> "M/M/1 W 4 outside " + none);
        assertTrue(lazy.lower() > MM4_W && lazy.upper() < none.lower(), () -> "on-completion stealing " + lazy);
    }

    @Test
    void conservesJobsObeysLittleAndStealsOnlyWhenAllowed() {
        Farm farm = Farm.poisson(3, 2.4, new Hyperexponential(1, 4), PrimaryRouting.ROUND_ROBIN);
        for (Dispatch d : Dispatch.values()) {
            for (DispatchRun x : runs(farm, d, 3, 23)) {
                assertEquals(x.arrived(), x.completed(), d + " drained");
                assertEquals(x.requests(), x.copiesServed(), d + " one copy per request");
                assertEquals(x.meanOutstanding(), x.throughput() * x.meanResponse(), 0.03 * x.meanOutstanding(), d + " Little");
                // utilisation = lambda E[S] / c = 0.8 on average; the busy-time integral equals the work done
                assertEquals(x.utilization() * 3 * x.duration(), x.work(), 0.03 * x.work(), d + " busy time = work");
                boolean maySteal = d == Dispatch.STEAL_ON_COMPLETION || d == Dispatch.STEAL_IMMEDIATE;
                assertEquals(maySteal, x.steals() > 0, d + " steals " + x.steals());
            }
        }
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        DispatchRun a = MM4.withPolicy(Dispatch.STEAL_ON_COMPLETION).run(LENGTH, 5, 1);
        DispatchRun b = MM4.withPolicy(Dispatch.STEAL_ON_COMPLETION).run(LENGTH, 5, 1);
        assertEquals(a.meanResponse(), b.meanResponse());
        assertEquals(a.steals(), b.steals());
    }

    @Test
    void rejectsMissingPolicy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MM4.withPolicy(null).run(LENGTH, 1, 0))
                .getMessage().contains("policy"));
    }
}
