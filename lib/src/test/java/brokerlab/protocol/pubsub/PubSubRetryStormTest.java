package brokerlab.protocol.pubsub;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Notebook 08's session-timeout sweep at its longest timeout: 1000 messages/s, the primary crashing for good 1 s
 * into 4 s of traffic, a 1200 ms session timeout. The producer's backlog of the failover (about 2000 messages) is
 * retried at the new primary all at once; forced one fsync per message (0.5 ms + exp(0.1 ms): 1667 a second, 667
 * above the producer's rate) it outlasted the producer's 300 ms timeout, every message was retried and stored
 * again, and the disk never caught up: 3600 duplicates per subscriber and a producer unserved for 4.3 s.
 */
class PubSubRetryStormTest {
    private static final RunLength LENGTH = RunLength.time(0, 4000);
    private static final double RATE = 1000, SESSION = 1200, CLIENT_TIMEOUT = 300;

    private static PubSub sweepPoint(boolean synchronous, boolean idempotent) {
        var base = PubSub.defaults();
        return base.settings(base.settings().clientRate(RATE)).sessionTimeout(SESSION).synchronous(synchronous)
                .idempotent(idempotent).fault(FailoverFault.of(FailoverFault.Kind.PRIMARY_CRASH, 1000, Double.POSITIVE_INFINITY));
    }

    @Test
    void theSweepKeepsItsProducerTimeoutAndRate() {
        var t = sweepPoint(true, true).settings().timeouts();
        assertEquals(CLIENT_TIMEOUT, t.client(), 1e-12);
        assertEquals(SESSION, t.election(), 1e-12);
        assertEquals(1, t.backoff(), 1e-12, "no back-off: every timeout retries after the same 300 ms");
    }

    @Test
    void withoutIdempotenceAPrimaryCrashDuplicatesOnlyTheMessagesInFlightAtTheCrash() {
        for (int rep = 0; rep < 3; rep++) {
            // Little's law: a fault-free run has rate x response messages unanswered at any moment; those whose
            // acknowledgement the crash swallows are retried and stored again. Twice the p99 response bounds them.
            var calm = sweepPoint(true, false).fault(FailoverFault.none()).run(LENGTH, 42, rep);
            double inFlight = Math.ceil(RATE / 1000 * 2 * calm.get(ProtocolRun.P99_RESPONSE));
            var r = sweepPoint(true, false).run(LENGTH, 42, rep);
            assertTrue(r.duplicated() <= inFlight, "replication " + rep + ": " + r.duplicated() + " duplicates, in flight " + inFlight);
            assertTrue(r.safe(), r.violations()::toString);
        }
    }

    @Test
    void anIdempotentProducerIsStoredAndDeliveredOnceThroughAPrimaryCrash() {
        for (int rep = 0; rep < 3; rep++) {
            var r = sweepPoint(true, true).run(LENGTH, 42, rep);
            assertEquals(0, r.duplicated(), "replication " + rep);
            assertEquals(0, r.get(ProtocolRun.DUPLICATES), "replication " + rep);
            assertEquals(0, r.lost(), "replication " + rep);
            assertTrue(r.safe(), r.violations()::toString);
        }
    }

    @Test
    void theProducerIsServedAgainWithinASessionTimeoutAndTwoRetriesOfTheCrash() {
        // the ensemble expires the session at most a session timeout after the last ping, which came before the
        // crash; the producer's next retry (at most one client timeout later) looks the new primary up, and the
        // retried backlog is forced by group commit in a few fsyncs: well within a second client timeout
        for (boolean sync : new boolean[]{true, false})
            for (boolean idempotent : new boolean[]{true, false})
                for (int rep = 0; rep < 2; rep++) {
                    double unserved = sweepPoint(sync, idempotent).run(LENGTH, 42, rep).get(ProtocolRun.CLIENT_UNAVAILABLE);
                    assertTrue(unserved <= SESSION + 2 * CLIENT_TIMEOUT,
                            (sync ? "sync" : "async") + (idempotent ? ", idempotent" : "") + " replication " + rep
                                    + ": unserved " + unserved + " ms");
                }
    }

    @Test
    void groupCommitKeepsUpWithMoreMessagesThanOneFsyncEachCouldForce() {
        // one fsync per message forces at most 1 / 0.6 ms = 1667 a second: at 2500 a second its queue would grow by
        // 833 a second, a mean response of several hundred ms over 3 s; a batch per fsync keeps it at a few fsyncs
        var base = PubSub.defaults();
        var r = base.settings(base.settings().clientRate(2500)).run(RunLength.time(0, 3000), 42, 0);
        assertTrue(r.get(ProtocolRun.MEAN_RESPONSE) < 10, "mean response " + r.get(ProtocolRun.MEAN_RESPONSE));
        assertTrue(r.get(ProtocolRun.FSYNCS_PER_OP) < 2, "fsyncs per message " + r.get(ProtocolRun.FSYNCS_PER_OP));
        assertEquals(0, r.duplicated());
    }
}
