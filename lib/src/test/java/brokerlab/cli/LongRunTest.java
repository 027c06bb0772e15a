package brokerlab.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LongRunTest {

    @Test
    void durationsUseTwoUnits() {
        assertEquals("45s", LongRun.duration(44.6));
        assertEquals("12m 05s", LongRun.duration(725));
        assertEquals("7h 38m", LongRun.duration(7 * 3600 + 38 * 60 + 10));
        assertEquals("3d 4h", LongRun.duration(3 * 86_400 + 4 * 3600 + 59));
        assertEquals("a very long time", LongRun.duration(Double.POSITIVE_INFINITY));
    }

    @Test
    void theEtaComesFromThePilotUntilAReplicationFinishesThenFromTheRate() {
        LongRun.Eta eta = new LongRun.Eta(10);
        assertTrue(eta.line().matches("0/10 replications finished, \\d+s elapsed, time left known once a replication finishes"), eta.line());
        eta.expect(3000);
        assertTrue(eta.line().matches("0/10 replications finished, \\d+s elapsed, about (49m 5\\d|50m 00)s left \\(pilot estimate\\)"), eta.line());
        eta.finished(5);   // half done in under a second: about as long again
        assertTrue(eta.line().matches("5/10 replications finished, 0s elapsed, about 0s left"), eta.line());
    }
}
