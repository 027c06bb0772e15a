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
        FaultPlan plan = FaultSpec.parse("crash-leader@1000/500; crash:2@3000;recover:1@100/50;partition@10-20/0,1", 2, 0);
        assertTrue(plan.toString().length() > 0);
        assertEquals(FaultPlan.none(), FaultSpec.parse("none", 2, 0));
        assertEquals(List.of("-1@1000.0/500.0", "2@3000.0/Infinity", "1@100.0/50.0"),
                plan.crashes().stream().map(c -> c.node() + "@" + c.at() + "/" + c.downFor()).toList());
        assertArrayEquals(new int[]{0, 1}, plan.partitions().get(0).group());
        assertEquals(java.util.Set.of(1, 3), FaultSpec.parse("byzantine:3,1", 6, 2).byzantine());
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
        var e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse(spec, 2, 0));
        assertTrue(e.getMessage().startsWith("--faults = "), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. --faults 'crash-leader@1000/500;partition@2000-3000/0'"), e.getMessage());
        assertFalse(e.getMessage().contains("POSITIVE_INFINITY") || e.getMessage().contains("--faults 0.5"), e.getMessage());
    }

    @Test
    void pbftToleratesAtMostFByzantineReplicas() {
        // n = 4 = 3f + 1 gives f = 1
        var e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("byzantine:1,2", 3, 1));
        assertTrue(e.getMessage().contains("2 Byzantine replicas, and pbft with 4 tolerates at most f = 1"), e.getMessage());
    }
}
