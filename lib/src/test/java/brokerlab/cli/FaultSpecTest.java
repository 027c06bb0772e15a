package brokerlab.cli;

import brokerlab.protocol.net.FaultPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FaultSpecTest {

    @Test
    void parsesEveryFaultForm() {
        FaultPlan plan = FaultSpec.parse("crash-leader@1000/500; crash:2@3000;recover:1@100/50;partition@10-20/0,1", 2, false);
        assertTrue(plan.toString().length() > 0);
        assertEquals(FaultPlan.none(), FaultSpec.parse("none", 2, false));
        assertEquals(List.of(new FaultPlan.Crash(FaultPlan.LEADER, 1000, 500), new FaultPlan.Crash(2, 3000, Double.POSITIVE_INFINITY),
                new FaultPlan.Crash(1, 100, 50)), plan.crashes());
        assertArrayEquals(new int[]{0, 1}, plan.partitions().get(0).group());
        assertEquals(java.util.Set.of(1, 3), FaultSpec.parse("byzantine:3,1", 3, true).byzantine());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "crash:99999999999@100       | node '99999999999' does not exist: nodes are numbered 0 to 2",
            "crash:3@100                 | node '3' does not exist",
            "partition@100-500/,         | an empty node number",
            "partition@100-500/          | an empty node number",
            "partition@500-100/0         | it ends (100 ms) before it starts (500 ms)",
            "partition@100-500/0,0       | node 0 is listed twice",
            "crash-leader@100/0          | must be above 0 ms",
            "crash-leader@1e999/10       | not a finite number of ms",
            "recover:1@1.2.3/5           | '1.2.3' is not a number of ms",
            "byzantine:1                 | modelled only for pbft",
            "meteor@5                    | not a fault this command knows",
            "crash:1@100;;bogus          | not a fault this command knows",
    })
    void everyMistakeNamesFaultsThePartAndAWorkingForm(String spec, String rule) {
        var e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse(spec, 2, false));
        assertTrue(e.getMessage().startsWith("--faults = "), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. --faults 'crash-leader@1000/500;partition@2000-3000/0'"), e.getMessage());
        assertFalse(e.getMessage().contains("POSITIVE_INFINITY") || e.getMessage().contains("--faults 0.5"), e.getMessage());
    }
}
