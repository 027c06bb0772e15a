package brokerlab.protocol.twopc;

import brokerlab.protocol.Budget;
import brokerlab.protocol.MutantResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TwoPcMutantsTest {
    @Test
    void aParticipantCrashInsideASlowPrepareWriteAbortsUnlessItVotedBeforeTheWrite() {
        assertEquals(List.of(), TwoPcScenarios.slowParticipant(null));
        assertTrue(TwoPcScenarios.slowParticipant(TwoPcBug.VOTE_BEFORE_FSYNC).get(0).contains("without a forced prepared record"));
    }

    @Test
    void aCoordinatorCrashInsideASlowDecisionWriteAbortsUnlessItAnnouncedBeforeTheWrite() {
        assertEquals(List.of(), TwoPcScenarios.slowCoordinator(null));
        assertFalse(TwoPcScenarios.slowCoordinator(TwoPcBug.DECIDE_BEFORE_FSYNC).isEmpty());
    }

    @Test
    void everyPlantedBugIsCaught() {
        List<MutantResult> results = new TwoPcMutants().hunt(Budget.of(5, 30));
        assertTrue(results.size() >= 5, "mutants " + results.size());
        for (MutantResult r : results) assertTrue(r.caught(), r::toString);
    }

    @Test
    void correctTwoPhaseCommitStaysAtomicUnderHarshRandomFaultPlans() {
        for (int k = 0; k < Budget.of(6, 40); k++) assertEquals(List.of(), new TwoPcMutants().randomPlan(k), "plan " + k);
    }
}
