package brokerlab.cli;

import brokerlab.analytic.capacity.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class TargetSpecTest {

    @Test
    void readsEachTargetForm() {
        assertEquals(new Target.ResponsePercentileAtMost(0.99, 0.5), TargetSpec.parse("p99<=0.5", 0));
        assertEquals(new Target.ResponsePercentileAtMost(0.999, 2), TargetSpec.parse("p999<=2", 0));
        assertEquals(new Target.ResponsePercentileAtMost(0.999, 2), TargetSpec.parse("p99.9<=2", 0));
        assertEquals(new Target.ResponsePercentileAtMost(0.5, 1), TargetSpec.parse(" p50 <= 1 ", 0));
        assertEquals(new Target.ResponsePercentileAtMost(0.01, 1), TargetSpec.parse("p1<=1", 0));
        assertEquals(new Target.MeanResponseAtMost(0.2), TargetSpec.parse("mean<=0.2", 0));
        assertEquals(new Target.WaitProbabilityAtMost(0.1), TargetSpec.parse("pwait<=0.1", 0));
        assertEquals(new Target.RejectionProbabilityAtMost(0.01, 20), TargetSpec.parse("reject<=0.01", 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p99<0.5", "p<=1", "mean99<=1", "latency<=1", "p99<=abc", "p99<=-1", "pwait<=1.5", "p100<=1", "p123<=1", "p9.9.9<=1"})
    void malformedTargetsNameTheTargetOption(String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> TargetSpec.parse(text, 0));
        assertTrue(e.getMessage().contains("--target"), e.getMessage());
    }

    @Test
    void aRejectionTargetNeedsACapacity() {
        var e = assertThrows(IllegalArgumentException.class, () -> TargetSpec.parse("reject<=0.01", 0));
        assertTrue(e.getMessage().contains("--capacity"), e.getMessage());
    }
}
