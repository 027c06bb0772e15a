package brokerlab.protocol.pubsub;

import brokerlab.protocol.Budget;
import brokerlab.protocol.MutantResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PubSubMutantsTest {
    @Test
    void aZombiePrimaryIsHarmlessWithFencingAndLosesMessagesWithout() {
        assertEquals(List.of(), PubSubScenarios.zombiePrimary(null));
        assertFalse(PubSubScenarios.zombiePrimary(PubSubBug.NO_FENCING).isEmpty());
    }

    @Test
    void aLaggingBackupIsAppointedOnlyWhileItHoldsEveryAcknowledgedMessage() {
        assertEquals(List.of(), PubSubScenarios.laggingBackupEarlyCrash(null));
        assertFalse(PubSubScenarios.laggingBackupEarlyCrash(PubSubBug.WRONG_QUORUM).isEmpty());
        assertEquals(List.of(), PubSubScenarios.laggingBackupLateCrash(null));
        assertFalse(PubSubScenarios.laggingBackupLateCrash(PubSubBug.UNCLEAN_ELECTION).isEmpty());
    }

    @Test
    void aRetryOfACommittedMessageWhoseAcknowledgementWasLostIsStoredOnce() {
        assertEquals(List.of(), PubSubScenarios.lostAcknowledgements(null));
        var v = PubSubScenarios.lostAcknowledgements(PubSubBug.NO_DEDUP);
        assertFalse(v.isEmpty());
        assertTrue(v.get(0).contains("stored twice"), v.get(0));
    }

    @Test
    void everyPlantedBugIsCaught() {
        List<MutantResult> results = new PubSubMutants().hunt(Budget.of(2, 20));
        assertEquals(PubSubBug.values().length, results.size());
        for (MutantResult r : results) assertTrue(r.caught(), r::toString);
    }

    @Test
    void theCorrectProtocolLosesNothingUnderRandomCrashesAndPartitions() {
        for (int k = 0; k < Budget.of(8, 60); k++) assertEquals(List.of(), new PubSubMutants().randomPlan(k), "plan " + k);
    }
}
