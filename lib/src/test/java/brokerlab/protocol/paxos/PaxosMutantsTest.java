package brokerlab.protocol.paxos;

import brokerlab.protocol.Budget;
import brokerlab.protocol.MutantResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PaxosMutantsTest {
    @Test
    void duellingProposersChooseOneValuePerSlotAndEveryMissingBallotCheckChoosesTwo() {
        assertEquals(List.of(), PaxosScenarios.duellingProposers(null));
        for (PaxosBug b : new PaxosBug[]{PaxosBug.ACCEPT_LOWER_BALLOT, PaxosBug.PROMISE_LOWER_BALLOT,
                PaxosBug.IGNORE_PROMISED_VALUES, PaxosBug.LEARN_ANY_BALLOT}) {
            List<String> v = PaxosScenarios.duellingProposers(b);
            assertTrue(!v.isEmpty() && v.get(0).startsWith("two values chosen"), () -> b + ": " + v);
        }
    }

    @Test
    void acknowledgingBeforeTheForcedWriteOnASlowDiskLetsASecondValueBeChosen() {
        assertEquals(List.of(), PaxosScenarios.ackBeforeFsync(null));
        assertFalse(PaxosScenarios.ackBeforeFsync(PaxosBug.ACK_BEFORE_FSYNC).isEmpty());
    }

    @Test
    void everyPlantedBugIsCaught() {
        List<MutantResult> results = new PaxosMutants().hunt(Budget.of(5, 30));
        assertTrue(results.size() >= 5, "mutants " + results.size());
        for (MutantResult r : results) assertTrue(r.caught(), r::toString);
    }

    @Test
    void correctMultiPaxosStaysSafeUnderHarshRandomFaultPlans() {
        for (int k = 0; k < Budget.of(6, 40); k++) assertEquals(List.of(), new PaxosMutants().randomPlan(k), "plan " + k);
    }
}
