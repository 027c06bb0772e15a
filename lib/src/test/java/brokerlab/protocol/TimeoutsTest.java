package brokerlab.protocol;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TimeoutsTest {
    @Test
    void raftsScalingGivesTenRoundTripsAndAClientRetryAfterTheLongestFirstTimer() {
        // three regions: largest round trip 124 ms, so T = 1240, heartbeat T/3, client 2T, availability 5 x 124 = 620
        var t = Timeouts.forRoundTrip(124);
        assertEquals(1240, t.election(), 1e-12);
        assertEquals(1240, t.electionRange(), 1e-12);
        assertEquals(1240 / 3.0, t.heartbeat(), 1e-12);
        assertEquals(2480, t.client(), 1e-12);
        assertEquals(620, t.availability(), 1e-12);
        assertEquals(150, Timeouts.forRoundTrip(0.3).election(), 1e-12);
    }

    @Test
    void eachRetryWaitsTheBackoffFactorLonger() {
        var t = Timeouts.of(150, 50, 100).withRetry(2, 3);
        assertEquals(100, t.clientWait(0), 1e-12);
        assertEquals(400, t.clientWait(2), 1e-12);
        assertEquals(3, t.maxAttempts());
    }

    @Test
    void rejectsAHeartbeatThatIsNotBelowTheElectionTimeout() {
        var e = assertThrows(IllegalArgumentException.class, () -> Timeouts.of(150, 150, 1000));
        assertTrue(e.getMessage().contains("heartbeat"), e.getMessage());
    }

    @Test
    void rejectsABackoffBelowOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> Timeouts.of(150, 50, 1000).withRetry(0.5, 0));
        assertTrue(e.getMessage().contains("backoff"), e.getMessage());
    }
}
