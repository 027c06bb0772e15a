package brokerlab.protocol.twopc;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Topology;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CoordinatorCrashTest {
    /** A 500 ms vote timeout, decisions retried every 200 ms, a client that never retries. */
    private static final Timeouts TIMERS = new Timeouts(500, 0, 200, 1e6, 1, 0, 50);
    private static final RunLength TWO_SECONDS = RunLength.time(0, 2000);

    private static TwoPhaseCommit model(int participants, double downFor) {
        return new TwoPhaseCommit(ProtocolSettings.of(Topology.ONE_DATACENTRE, participants, TIMERS).clientRate(5).drain(downFor + 2000));
    }

    @Test
    void aCrashAfterTheVotesBlocksEveryParticipantForAboutTheDowntime() {
        // Each of the p prepared participants waits the whole downtime D: p D = 3000 participant-ms. The corrections
        // (a few ms of forced writes and messages per participant, and the ~1.5 ms of routine blocking of the
        // lambda D = 5 transactions lost while the coordinator is down) are far below 3% of that.
        double downFor = 1000;
        var m = model(3, downFor);
        for (int rep = 0; rep < 3; rep++) {
            double extra = new CoordinatorCrash(0, downFor).run(m, TWO_SECONDS, 42, rep).blockedTime()
                    - m.run(TWO_SECONDS, 42, rep).blockedTime();
            assertEquals(3 * downFor, extra, 0.03 * 3 * downFor, "replication " + rep);
        }
    }

    @Test
    void theBlockingGrowsWithTheNumberOfParticipants() {
        double downFor = 500;
        var three = model(3, downFor);
        var five = model(5, downFor);
        double extra3 = new CoordinatorCrash(0, downFor).run(three, TWO_SECONDS, 7, 0).blockedTime() - three.run(TWO_SECONDS, 7, 0).blockedTime();
        double extra5 = new CoordinatorCrash(0, downFor).run(five, TWO_SECONDS, 7, 0).blockedTime() - five.run(TWO_SECONDS, 7, 0).blockedTime();
        assertEquals(5.0 / 3, extra5 / extra3, 0.05);
    }

    @Test
    void sameSeedSameRun() {
        var m = model(3, 200);
        assertEquals(new CoordinatorCrash(1, 200).run(m, TWO_SECONDS, 3, 1).blockedTime(),
                new CoordinatorCrash(1, 200).run(m, TWO_SECONDS, 3, 1).blockedTime());
    }

    @Test
    void aDowntimeThatIsNotPositiveIsRefusedNamingTheParameter() {
        var e = assertThrows(IllegalArgumentException.class, () -> new CoordinatorCrash(0, 0));
        assertTrue(e.getMessage().contains("downFor"), e.getMessage());
        var t = assertThrows(IllegalArgumentException.class, () -> new CoordinatorCrash(-1, 100));
        assertTrue(t.getMessage().contains("transaction"), t.getMessage());
    }
}
