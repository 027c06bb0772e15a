package brokerlab.protocol;

import brokerlab.protocol.experiment.PlantedBugs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScenarioTraceTest {
    private static MutantSuite<?> raft() {
        return PlantedBugs.suites().get(0);
    }

    @Test
    void aShortTraceShowsEveryLineWithItsTime() {
        ScenarioTrace t = ScenarioTrace.record(() -> {
            ScenarioTrace.current().add(1.25, "node 0 crashes");
            ScenarioTrace.current().add(12, "node 0 recovers");
            return List.of("a violation");
        });
        assertEquals(List.of("     1.3 ms  node 0 crashes", "    12.0 ms  node 0 recovers"), t.show(12));
        assertEquals(List.of("a violation"), t.violations());
        assertNull(ScenarioTrace.current(), "the recording ends with the scenario");
    }

    @Test
    void aLongTraceKeepsItsHeadAndItsLastThreeLinesAroundACount() {
        ScenarioTrace t = ScenarioTrace.record(() -> {
            for (int i = 0; i < ScenarioTrace.CAPACITY + 50; i++) ScenarioTrace.current().add(i, "event " + i);
            return List.of();
        });
        assertEquals(50, t.omitted());
        List<String> shown = t.show(10);
        assertEquals(10, shown.size());
        assertTrue(shown.get(5).endsWith("event 5"), shown.get(5));
        // 2050 events: 6 shown at the head, 3 at the tail, so 2041 summarised
        assertTrue(shown.get(6).endsWith("… 2041 more events"), shown.get(6));
        assertTrue(shown.get(9).endsWith("event 2049"), "the tail survives past the capacity: " + shown.get(9));
    }

    @Test
    void theTraceEndsAtTheFirstViolationAndCountsWhatFollows() {
        ScenarioTrace t = ScenarioTrace.record(() -> {
            ScenarioTrace.current().add(1, "node 0 leads term 1");
            ScenarioTrace.current().violation(2, "two leaders");
            ScenarioTrace.current().violation(3, "another");
            ScenarioTrace.current().add(4, "node 1 commits");
            return List.of("two leaders", "another");
        });
        assertEquals(List.of("node 0 leads term 1", "VIOLATION two leaders"), t.lines().stream().map(ScenarioTrace.Line::text).toList());
        assertEquals(1, t.afterViolation());
        assertEquals(2, t.violations().size());
    }

    @Test
    void aLineWiderThanTheNotebookLimitIsCut() {
        ScenarioTrace t = ScenarioTrace.record(() -> { ScenarioTrace.current().add(0, "x".repeat(300)); return List.of(); });
        assertEquals(ScenarioTrace.WIDTH, t.show(5).get(0).length());
    }

    @Test
    void theDoubleVoteTraceShowsTheSecondVoteOnlyWhenVotedForIsNotDurable() {
        ScenarioTrace correct = raft().trace("double vote after a crash", "");
        ScenarioTrace broken = raft().trace("double vote after a crash", "VOTE_NOT_DURABLE");
        assertEquals(List.of(), correct.violations());
        assertFalse(broken.violations().isEmpty());
        List<String> correctText = correct.lines().stream().map(ScenarioTrace.Line::text).toList();
        List<String> brokenText = broken.lines().stream().map(ScenarioTrace.Line::text).toList();
        // S0 wins term 1 with S2's vote in both runs; only the broken S2 forgets it in its crash and elects S1 too
        assertTrue(correctText.contains("node 0 leads term 1 with votes of [0, 2], log terms []"), correctText::toString);
        assertTrue(correctText.contains("node 2 crashes") && correctText.contains("node 2 recovers"), correctText::toString);
        assertTrue(correctText.stream().noneMatch(l -> l.startsWith("node 1 leads")), correctText::toString);
        assertTrue(brokenText.contains("node 1 leads term 1 with votes of [1, 2], log terms []"), brokenText::toString);
        assertEquals("VIOLATION election safety: nodes 0 and 1 lead term 1", brokenText.get(brokenText.size() - 1),
                "the trace ends at the first violation");
        for (String line : broken.show(12)) assertTrue(line.length() <= ScenarioTrace.WIDTH, line);
    }

    @Test
    void anUnknownScenarioOrMutantIsNamedWithTheChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> raft().trace("figure 9", ""));
        assertTrue(e.getMessage().contains("figure 8"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> raft().trace("figure 8", "NO_SUCH_BUG"));
        assertTrue(e.getMessage().contains("mutant") && e.getMessage().contains("VOTE_NOT_DURABLE"), e.getMessage());
    }

    @Test
    void recordingsDoNotNest() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioTrace.record(() -> ScenarioTrace.record(List::of).violations()));
        assertTrue(e.getMessage().contains("one scenario is traced at a time"), e.getMessage());
    }
}
