package brokerlab.protocol.experiment;

import brokerlab.protocol.MutantResult;
import brokerlab.protocol.MutantSuite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PlantedBugsTest {
    private static final List<MutantResult> RESULTS = List.of(
            new MutantResult("raft", "A", "a", "figure 8", 4, -1, "v1"),
            new MutantResult("raft", "B", "b", "", 4, 2, "v2"),
            new MutantResult("raft", "C", "c", "", 4, -1, ""),
            new MutantResult("pbft", "D", "d", "view change", 4, 0, "v3"));

    @Test
    void catchRatesCountMutantsCaughtByScenarioAndByRandomPlanPerProtocol() {
        var t = PlantedBugs.catchRates(RESULTS);
        assertEquals(2, t.rowCount());
        assertEquals("raft", t.stringColumn("protocol").get(0));
        assertEquals(3, t.intColumn("mutants").get(0));
        assertEquals(2, t.intColumn("caught").get(0));
        assertEquals(2 / 3.0, t.doubleColumn("catch_rate").get(0), 1e-12);
        assertEquals(1, t.intColumn("by_scenario").get(0));
        assertEquals(1, t.intColumn("by_random_plans").get(0));
        assertEquals(1.0, t.doubleColumn("catch_rate").get(1), 1e-12);
    }

    @Test
    void theMutantTableHasOneRowPerMutantAndMarksTheUncaught() {
        var t = PlantedBugs.table(RESULTS);
        assertEquals(4, t.rowCount());
        assertEquals("NO", t.stringColumn("caught").get(2));
        assertEquals(2, t.intColumn("random_plan").get(1));
    }

    @Test
    void everyProtocolHasASuiteWithScenariosThatTheCorrectProtocolPasses() {
        List<MutantSuite<?>> suites = PlantedBugs.suites();
        assertEquals(List.of("raft", "multi-paxos", "pbft", "2pc", "primary-backup-sync", "pub-sub-sync"), suites.stream().map(s -> s.protocol()).toList());
        for (MutantSuite<?> s : suites) {
            assertFalse(s.scenarios().isEmpty(), s::protocol);
            for (String name : s.scenarios()) assertEquals(List.of(), s.scenario(name), () -> s.protocol() + ": " + name);
        }
    }

    @Test
    void rejectsANegativeBudget() {
        var e = assertThrows(IllegalArgumentException.class, () -> PlantedBugs.hunt(-1));
        assertTrue(e.getMessage().contains("randomPlans"), e.getMessage());
    }
}
