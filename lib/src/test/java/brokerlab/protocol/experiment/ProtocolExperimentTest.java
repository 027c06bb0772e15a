package brokerlab.protocol.experiment;

import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.MessageCounts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ProtocolExperimentTest {
    @Test
    void everyProtocolRunsSafelyAndSendsItsClosedFormMessageCount() {
        for (Protocol p : Protocol.values()) {
            if (p == Protocol.PRIMARY_BACKUP_ASYNC) continue;             // batching: statistical, tested in PrimaryBackupTest
            var x = ProtocolExperiment.of(p, Topology.THREE_ZONES).nodes(p == Protocol.PBFT ? 4 : 3)
                    .clientRate(100).duration(1000).replications(2);
            var r = x.run();
            assertTrue(ProtocolRun.violations(r.runs()).isEmpty(), () -> p + ": " + ProtocolRun.violations(r.runs()));
            assertEquals(x.predictedMessagesPerEntry(), r.get(ProtocolRun.PROTOCOL_MESSAGES_PER_ENTRY).estimate(), 1e-9, p.name());
            assertTrue(r.get(ProtocolRun.THROUGHPUT).estimate() > 50, () -> p + " throughput " + r.get(ProtocolRun.THROUGHPUT));
        }
    }

    @Test
    void littlesLawHoldsWhenEverythingDrains() {
        var r = ProtocolExperiment.of(Protocol.RAFT, Topology.ONE_DATACENTRE).clientRate(300).duration(2000).replications(3).run();
        // L (time-average in flight) = lambda W with lambda = completed / elapsed: all work drains, so they agree
        for (ProtocolRun run : r.runs()) assertEquals(run.littleL(), run.meanInFlight(), 1e-9 * run.meanInFlight());
    }

    @Test
    void predictedRaftCommitAveragesOverPossibleLeaders() {
        var e = ProtocolExperiment.of(Protocol.RAFT, Topology.ONE_DATACENTRE).nodes(5);
        var one = brokerlab.protocol.theory.CommitLatency.majorityQuorum(Topology.ONE_DATACENTRE, 5, 0, e.node(),
                brokerlab.protocol.theory.CommitLatency.defaultStep(Topology.ONE_DATACENTRE, e.node())).mean();
        // one zone: every leader sees the same followers, so the average equals any single leader's prediction
        assertEquals(one, e.predictedCommit(), 1e-12);
        assertEquals(MessageCounts.raft(5), e.predictedMessagesPerEntry());
    }

    @Test
    void sameSeedGivesTheSameResultWhateverTheThreads() {
        var e = ProtocolExperiment.of(Protocol.MULTI_PAXOS, Topology.THREE_ZONES).faults(FaultPlan.none().loss(0.01).crashLeader(400, 300))
                .clientRate(100).duration(1000).replications(3).seed(9);
        assertEquals(e.threads(1).run().runs(), e.threads(2).run().runs());
        assertEquals(e.runOnce(1), e.run().runs().get(1));
    }

    @Test
    void resultsTabulateOneRowPerExperiment() {
        var a = ProtocolExperiment.of(Protocol.PRIMARY_BACKUP_SYNC, Topology.ONE_DATACENTRE).duration(500).replications(2);
        var b = ProtocolExperiment.of(Protocol.TWO_PHASE_COMMIT, Topology.ONE_DATACENTRE).duration(500).replications(2);
        var t = ProtocolExperiment.table(java.util.List.of(a, b));
        assertEquals(2, t.rowCount());
        assertEquals("TWO_PHASE_COMMIT", t.stringColumn("protocol").get(1));
        assertEquals(b.run().get(ProtocolRun.MEAN_COMMIT).estimate(), t.doubleColumn("mean_commit").get(1), 0);
    }

    @Test
    void rejectsPbftSizeThatIsNotThreeFPlusOne() {
        var ex = assertThrows(IllegalArgumentException.class, () -> ProtocolExperiment.of(Protocol.PBFT, Topology.ONE_DATACENTRE).nodes(5));
        assertTrue(ex.getMessage().contains("nodes"), ex.getMessage());
    }

    @Test
    void rejectsByzantineNodesForCrashTolerantProtocols() {
        var ex = assertThrows(IllegalArgumentException.class,
                () -> ProtocolExperiment.of(Protocol.RAFT, Topology.ONE_DATACENTRE).faults(FaultPlan.none().byzantine(1)));
        assertTrue(ex.getMessage().contains("faults"), ex.getMessage());
    }

    @Test
    void timeoutsScaleWithTheTopologysRoundTrip() {
        // three regions: largest one-way mean 62 ms, round trip 124 ms, election timeout 10 x 124 = 1240 ms
        assertEquals(1240, ProtocolExperiment.of(Protocol.RAFT, Topology.THREE_REGIONS).timeouts().election(), 1e-9);
        assertEquals(150, ProtocolExperiment.of(Protocol.RAFT, Topology.ONE_DATACENTRE).timeouts().election(), 1e-9);
    }
}
