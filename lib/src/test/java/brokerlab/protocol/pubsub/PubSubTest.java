package brokerlab.protocol.pubsub;

import brokerlab.experiment.Experiment;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PubSubTest {
    private static final RunLength LENGTH = RunLength.time(0, 3000);

    private static PubSub with(FailoverFault.Kind kind, double duration) {
        return PubSub.defaults().fault(FailoverFault.of(kind, 1000, duration));
    }

    @Test
    void rejectsAnEnsembleOfFourNamingTheParameter() {
        var e = assertThrows(IllegalArgumentException.class, () -> PubSub.defaults().ensemble(4));
        assertTrue(e.getMessage().contains("ensemble"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FailoverFault.of(FailoverFault.Kind.PRIMARY_CRASH, 0, 0));
    }

    @Test
    void aSessionTimeoutSetsThePingsToAThirdOfItWhetherLongerOrShorterThanBefore() {
        // the defaults use 600 ms with pings every 200 ms; 2400 ms needs pings of 800 ms, longer than the old timeout
        var longer = PubSub.defaults().sessionTimeout(2400).settings().timeouts();
        assertEquals(2400, longer.election(), 1e-12);
        assertEquals(800, longer.heartbeat(), 1e-12);
        var shorter = PubSub.defaults().sessionTimeout(150).settings().timeouts();
        assertEquals(150, shorter.election(), 1e-12);
        assertEquals(50, shorter.heartbeat(), 1e-12);
    }

    @Test
    void withoutFaultsEverySubscriberGetsEveryMessageOnceAndInOrder() {
        var r = PubSub.defaults().run(LENGTH, 1, 0);
        assertTrue(r.acknowledged() > 400, "acknowledged " + r.acknowledged());   // 200/s for 3 s: about 600
        assertEquals(0, r.lost());
        assertEquals(0, r.duplicated());
        assertEquals(0, r.reordered());
        assertEquals(0, r.get(PubSubRun.PRIMARY_CHANGES));
        assertTrue(r.safe());
    }

    @Test
    void synchronousReplicationWithFencingLosesNothingUnderEveryFault() {
        for (var kind : List.of(FailoverFault.Kind.PRIMARY_CRASH, FailoverFault.Kind.PRIMARY_PARTITIONED, FailoverFault.Kind.ENSEMBLE_LEADER_CRASH))
            for (int rep = 0; rep < 3; rep++) {
                var r = with(kind, 1500).run(LENGTH, 1, rep);
                assertEquals(0, r.lost(), kind + " replication " + rep);
                assertEquals(0, r.lostInLog(), kind + " replication " + rep);
                assertEquals(List.of(), r.violations(), kind + " replication " + rep);
            }
    }

    @Test
    void aPrimaryCrashAppointsABackupAfterAboutOneSessionTimeout() {
        var r = with(FailoverFault.Kind.PRIMARY_CRASH, Double.POSITIVE_INFINITY).run(LENGTH, 1, 0);
        assertEquals(1, r.get(PubSubRun.PRIMARY_CHANGES));
        // the last ping came at most one interval (200 ms) before the crash, the ensemble expires the session 600 ms
        // after it (checked every 50 ms), then the subscribers' fetches time out (300 ms) and look the primary up
        assertTrue(r.failover() > 600 - 200 && r.failover() < 600 + 50 + 300 + 100, "failover " + r.failover());
    }

    @Test
    void asynchronousReplicationCountsTheAcknowledgedMessagesAPrimaryCrashLoses() {
        var m = with(FailoverFault.Kind.PRIMARY_CRASH, Double.POSITIVE_INFINITY).synchronous(false);
        m = m.settings(m.settings().clientRate(1000));            // 5 messages per 5 ms shipment at risk
        double lost = 0;
        for (int rep = 0; rep < 4; rep++) {
            var r = m.run(LENGTH, 1, rep);
            lost += r.lostInLog();
            assertTrue(r.safe(), "asynchronous loss is counted, not a violation");
        }
        assertTrue(lost > 0, "lost " + lost);
    }

    @Test
    void anUnfencedZombiePrimaryKeepsAcknowledgingAndTheSubscribersMissThoseMessages() {
        var r = with(FailoverFault.Kind.PRIMARY_PARTITIONED, 1500).fencing(false).run(LENGTH, 1, 0);
        assertTrue(r.lost() > 0, "lost " + r.lost());
        assertFalse(r.safe());
    }

    @Test
    void anEnsembleLeaderCrashElectsAnotherLeaderAndKeepsThePrimary() {
        var r = with(FailoverFault.Kind.ENSEMBLE_LEADER_CRASH, Double.POSITIVE_INFINITY).ensemble(5).run(LENGTH, 1, 0);
        assertEquals(1, r.get(PubSubRun.ENSEMBLE_ELECTIONS));
        assertEquals(0, r.get(PubSubRun.PRIMARY_CHANGES));
    }

    @Test
    void sameSeedSameEstimatesAtOneAndTwoThreads() {
        var m = with(FailoverFault.Kind.PRIMARY_CRASH, Double.POSITIVE_INFINITY);
        var one = Experiment.of(m).length(LENGTH).replications(3).seed(5).threads(1).run();
        var two = Experiment.of(m).length(LENGTH).replications(3).seed(5).threads(2).run();
        for (int i = 0; i < 3; i++) assertEquals(one.runs().get(i).measurements(), two.runs().get(i).measurements());
        assertEquals(0, one.get(PubSubRun.LOST).estimate());
        assertTrue(one.get(ProtocolRun.CLIENT_UNAVAILABLE).estimate() > 0);
    }
}
