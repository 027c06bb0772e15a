package brokerlab.protocol.experiment;

import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class FaultsSeenByTheClientTest {
    private static final Topology DC = Topology.ONE_DATACENTRE;

    @Test
    void aPartitionedPrimaryLeavesTheClientUnservedWhileTheServiceStillCountsALeader() {
        // primary 0 partitioned from 1 to 2 s: the service sees a live primary until the 600 ms session expires (pings
        // every 200 ms, so at least 400 ms after the cut) and elects another within a check; the client's writes to 0
        // go unanswered all that time, and it learns of the new primary only then
        var e = ProtocolExperiment.of(Protocol.PRIMARY_BACKUP_SYNC, DC).faults(FaultPlan.none().partition(1000, 2000, 0))
                .duration(3000).replications(4).seed(3).run();
        for (ProtocolRun r : e.runs()) {
            assertTrue(r.unavailableTime() < 10, () -> "leader-based " + r.unavailableTime());
            assertTrue(r.clientUnavailableTime() > 400, () -> "client-side " + r.clientUnavailableTime());
        }
    }

    @Test
    void aWritesOnlyClientCutOffWithTheOldPrimaryFindsTheNewOneOnceTheCutHeals() {
        // client and primary 0 cut off together from 1 to 2 s: the service elects another primary, and its
        // announcement cannot reach the client. After the cut the client's next try (within its 300 ms timeout)
        // reaches 0, which answers NotPrimary, and the client asks the service: unserved for the cut plus at most a
        // timeout and a few round trips, not for the rest of the run
        var e = ProtocolExperiment.of(Protocol.PRIMARY_BACKUP_SYNC, DC).faults(FaultPlan.none().partition(1000, 2000, 0, FaultPlan.CLIENT))
                .duration(4000).replications(3).seed(8).run();
        for (ProtocolRun r : e.runs()) {
            assertTrue(r.clientUnavailableTime() > 1000, () -> "client-side " + r.clientUnavailableTime());
            assertTrue(r.clientUnavailableTime() < 1400, () -> "client-side " + r.clientUnavailableTime());
            assertTrue(r.safe(), r.violations()::toString);
        }
    }

    @Test
    void aByzantinePrimaryIsUnavailableToTheClientUntilAViewChangeReplacesIt() {
        // the equivocating primary commits nothing; backups suspect it after the 200 ms view-change timeout
        var e = ProtocolExperiment.of(Protocol.PBFT, DC).faults(FaultPlan.none().byzantine(0)).duration(2000).replications(4).seed(4).run();
        for (ProtocolRun r : e.runs()) {
            assertTrue(r.clientUnavailableTime() >= 200, () -> "client-side " + r.clientUnavailableTime());
            assertEquals(1, r.elections());
        }
    }

    @Test
    void oneLeaderCrashIsOneElectionForEveryProtocolWithALeader() {
        Map<Protocol, Long> expected = Map.of(Protocol.RAFT, 1L, Protocol.MULTI_PAXOS, 1L, Protocol.PBFT, 1L,
                Protocol.PRIMARY_BACKUP_SYNC, 1L, Protocol.TWO_PHASE_COMMIT, 0L);     // the coordinator comes back, no one replaces it
        expected.forEach((p, n) -> {
            var plan = p == Protocol.TWO_PHASE_COMMIT ? FaultPlan.none().crashRecover(0, 1000, 300) : FaultPlan.none().crashLeader(1000, 1e9);
            var e = ProtocolExperiment.of(p, DC).faults(plan).duration(3000).replications(2).seed(5).run();
            for (ProtocolRun r : e.runs()) {
                assertEquals(n, r.elections(), p::name);
                assertTrue(r.safe(), () -> p + " " + r.violations());
                assertTrue(r.clientUnavailableTime() > 0, () -> p + ": the crash must be felt by the client");
            }
        });
    }

    @Test
    void raftCountsTheDuplicatesThatClientRetriesCreate() {
        // three regions, responses near 70 ms, a client that retries after 60 ms: most operations are appended twice;
        // the state machine applies each once and the run stays safe, but the duplicates are counted
        var x = ProtocolExperiment.of(Protocol.RAFT, Topology.THREE_REGIONS).duration(2000).replications(2).seed(6);
        var e = x.timeouts(x.timeouts().withClient(60)).run();
        for (ProtocolRun r : e.runs()) {
            assertTrue(r.duplicates() > r.committedOps() / 2, () -> r.duplicates() + " duplicates of " + r.committedOps());
            assertTrue(r.retries() >= r.duplicates(), () -> r.retries() + " retries");
            assertTrue(r.safe(), r.violations()::toString);
        }
    }

    @Test
    void theRetryPolicyGivesUpAfterItsAttemptsAndTheWaitsCountAsUnavailable() {
        // the coordinator stops at 1 s for good; each later transaction is tried 3 times (waits 100, 200, 400 ms) and
        // given up, so it counts as failed and its 700 ms wait as unavailable to the client
        var x = ProtocolExperiment.of(Protocol.TWO_PHASE_COMMIT, DC).faults(FaultPlan.none().crash(0, 1000)).duration(2000)
                .replications(2).seed(7);
        var e = x.timeouts(x.timeouts().withClient(100).withRetry(2, 3)).run();
        for (ProtocolRun r : e.runs()) {
            assertTrue(r.failed() > 50, () -> "failed " + r.failed());
            assertTrue(r.retries() >= 2 * r.failed(), () -> r.retries() + " retries");   // the last ones are still retrying at the end
            assertTrue(r.clientUnavailableTime() > 900, () -> "client-side " + r.clientUnavailableTime());
        }
    }

    @Test
    void asynchronousReplicationCountsItsLostWritesWithoutCallingThemViolations() {
        var e = ProtocolExperiment.of(Protocol.PRIMARY_BACKUP_ASYNC, DC).clientRate(500).faults(FaultPlan.none().crashLeader(1000, 3000))
                .duration(3000).replications(6).seed(9).run();
        assertTrue(ProtocolRun.total(e.runs(), ProtocolRun.LOST_WRITES) > 0);
        assertEquals(0, ProtocolRun.total(e.runs(), ProtocolRun.VIOLATIONS));
    }
}
