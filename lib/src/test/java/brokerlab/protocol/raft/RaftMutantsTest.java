package brokerlab.protocol.raft;

import brokerlab.protocol.Budget;
import brokerlab.protocol.MutantResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RaftMutantsTest {
    @Test
    void figure8IsSafeAndCatchesAnOlderTermCommittedByCountingReplicas() {
        assertEquals(List.of(), RaftScenarios.figure8(null));
        assertFalse(RaftScenarios.figure8(RaftBug.COMMIT_OLD_TERM).isEmpty());
    }

    @Test
    void aDurableVoteSurvivesACrashAndAForgottenOneGivesATermTwoLeaders() {
        assertEquals(List.of(), RaftScenarios.doubleVote(null));
        assertTrue(RaftScenarios.doubleVote(RaftBug.VOTE_NOT_DURABLE).get(0).startsWith("election safety"));
    }

    @Test
    void acknowledgingBeforeTheForcedWriteOnASlowDiskLosesACommittedEntry() {
        assertEquals(List.of(), RaftScenarios.ackBeforeFsync(null));
        assertTrue(RaftScenarios.ackBeforeFsync(RaftBug.ACK_BEFORE_FSYNC).get(0).startsWith("leader completeness"));
    }

    @Test
    void aStaleLeaderIsRefusedAndTakingItsEntriesLosesCommittedOnes() {
        assertEquals(List.of(), RaftScenarios.staleLeader(null));
        assertFalse(RaftScenarios.staleLeader(RaftBug.NO_TERM_CHECK).isEmpty());
    }

    @Test
    void everyPlantedBugIsCaught() {
        List<MutantResult> results = new RaftMutants().hunt(Budget.of(5, 30));
        assertTrue(results.size() >= 5, "mutants " + results.size());
        for (MutantResult r : results) assertTrue(r.caught(), r::toString);
    }

    @Test
    void correctRaftStaysSafeUnderHarshRandomFaultPlans() {
        for (int k = 0; k < Budget.of(6, 40); k++) assertEquals(List.of(), new RaftMutants().randomPlan(k), "plan " + k);
    }
}
