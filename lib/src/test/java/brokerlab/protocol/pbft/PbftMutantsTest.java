package brokerlab.protocol.pbft;

import brokerlab.protocol.Budget;
import brokerlab.protocol.MutantResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PbftMutantsTest {
    @Test
    void aViewChangeRacingACommitKeepsThePreparedRequestUnlessThePrimaryDropsCertificates() {
        assertEquals(List.of(), PbftScenarios.viewChangeRacingACommit(null));
        assertTrue(PbftScenarios.viewChangeRacingACommit(PbftBug.DROP_PREPARED_CERTS).stream().anyMatch(v -> v.contains("different digests")));
    }

    @Test
    void aLoneCertificateLostInAViewChangeIsHarmlessUnlessReplicasReplyWhenPrepared() {
        assertEquals(List.of(), PbftScenarios.loneCertificate(null));
        assertFalse(PbftScenarios.loneCertificate(PbftBug.REPLY_AT_PREPARED).isEmpty());
    }

    @Test
    void everyPlantedBugIsCaught() {
        List<MutantResult> results = new PbftMutants().hunt(Budget.of(5, 30));
        assertTrue(results.size() >= 5, "mutants " + results.size());
        for (MutantResult r : results) assertTrue(r.caught(), r::toString);
    }

    @Test
    void correctPbftStaysSafeUnderHarshRandomFaultPlansWithAByzantineReplica() {
        for (int k = 0; k < Budget.of(5, 30); k++) assertEquals(List.of(), new PbftMutants().randomPlan(k), "plan " + k);
    }
}
