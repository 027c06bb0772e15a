package brokerlab.protocol.replication;

import brokerlab.protocol.Budget;
import brokerlab.protocol.MutantResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PrimaryBackupMutantsTest {
    @Test
    void aZombiePrimaryWithASlowClockAcknowledgesNothingUnlessItShrinksTheInSyncSetAlone() {
        assertEquals(List.of(), ReplicationScenarios.zombiePrimary(null));
        assertTrue(ReplicationScenarios.zombiePrimary(ReplicationBug.LOCAL_ISR_SHRINK).get(0).startsWith("acknowledged write"));
    }

    @Test
    void acknowledgingBeforeTheForcedWriteOnASlowDiskLosesAnAcknowledgedWrite() {
        assertEquals(List.of(), ReplicationScenarios.ackBeforeFsync(null));
        assertFalse(ReplicationScenarios.ackBeforeFsync(ReplicationBug.ACK_BEFORE_FSYNC).isEmpty());
    }

    @Test
    void aLaggingBackupIsNeitherElectedNorReadmittedBeforeItCatchesUp() {
        assertEquals(List.of(), ReplicationScenarios.laggingBackupLeftAlone(null));
        assertFalse(ReplicationScenarios.laggingBackupLeftAlone(ReplicationBug.UNCLEAN_ELECTION).isEmpty());
        assertEquals(List.of(), ReplicationScenarios.laggingBackupRejoins(null));
        assertFalse(ReplicationScenarios.laggingBackupRejoins(ReplicationBug.EARLY_ISR_JOIN).isEmpty());
    }

    @Test
    void everyPlantedBugIsCaught() {
        List<MutantResult> results = new PrimaryBackupMutants().hunt(Budget.of(5, 30));
        assertTrue(results.size() >= 5, "mutants " + results.size());
        for (MutantResult r : results) assertTrue(r.caught(), r::toString);
    }

    @Test
    void correctSynchronousReplicationLosesNoAcknowledgedWriteUnderHarshRandomFaultPlans() {
        for (int k = 0; k < Budget.of(6, 40); k++) assertEquals(List.of(), new PrimaryBackupMutants().randomPlan(k), "plan " + k);
    }
}
