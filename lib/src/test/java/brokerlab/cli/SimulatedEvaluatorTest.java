package brokerlab.cli;

import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Progress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SimulatedEvaluatorTest {
    private static final Exponential ARRIVAL = new Exponential(3.6);
    private static final Exponential SERVICE = new Exponential(1);

    private static SimulatedEvaluator evaluator(Target target) {
        return new SimulatedEvaluator(ARRIVAL, SERVICE, 0, target, 20_000, 8, 17, Progress.NONE);
    }

    @Test
    void tooFewServersGiveAnInfiniteValueInsteadOfAnError() {
        Evaluation e = evaluator(new Target.MeanResponseAtMost(2)).evaluate(3);   // a = 3.6 >= 3
        assertFalse(e.estimate().isFinite());
        assertFalse(e.meets(2));
    }

    @Test
    void waitProbabilityAtFiveServersCoversErlangC() {
        // C(5, 3.6): sum_{k<5} 3.6^k/k! = 1 + 3.6 + 6.48 + 7.776 + 6.9984 = 25.8544;
        // 3.6^5/5! / (1 - 0.72) = 5.03885 / 0.28 = 17.9959; C = 17.9959 / (25.8544 + 17.9959) = 0.41040.
        double top = Math.pow(3.6, 5) / 120 / 0.28;
        double exact = top / (25.8544 + top);
        Evaluation e = evaluator(new Target.WaitProbabilityAtMost(0.5)).evaluate(5);
        var ci = e.confidenceInterval().orElseThrow();
        assertTrue(ci.contains(exact), () -> "C(5, 3.6) = " + exact + " outside " + ci);
        assertTrue(e.method().startsWith("simulation"), e.method());
    }

    @Test
    void onlyRecordedPercentilesCanBeTargets() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> evaluator(new Target.ResponsePercentileAtMost(0.9, 5)));
        assertTrue(e.getMessage().startsWith("--target"), e.getMessage());
    }

    @Test
    void aMeanTargetAtOrBelowTheServiceMeanIsUnreachable() {
        var e = assertThrows(IllegalArgumentException.class, () -> evaluator(new Target.MeanResponseAtMost(1)));
        assertTrue(e.getMessage().contains("E[S] = 1.0"), e.getMessage());
    }
}
