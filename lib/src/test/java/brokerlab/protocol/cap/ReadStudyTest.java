package brokerlab.protocol.cap;

import brokerlab.consistency.Budget;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.ReadMode;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.raft.Raft;
import brokerlab.protocol.replication.PrimaryBackup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadStudyTest {
    private static final Topology NET = Topology.ONE_DATACENTRE;

    private static Raft raft() {
        Timeouts t = Raft.defaultTimeouts(NET).withClient(100).withRetry(1, 3);
        return new Raft(ProtocolSettings.of(NET, 5, t).clientRate(100));
    }

    private static ProtocolSettings pbSettings() {
        return ProtocolSettings.of(NET, 3, PrimaryBackup.defaultTimeouts(NET).withClient(100).withRetry(1, 3)).clientRate(100);
    }

    private static ReadCheck raft(ReadMode mode, int runs) {
        return ReadStudy.check(raft(), ReadScenario.of(mode, false), runs, 42, Budget.DEFAULT);
    }

    @Test void readIndexStaysLinearizableOverTwoHundredSeededRunsWithPartitionsAndSkew() {
        ReadCheck c = raft(ReadMode.READ_INDEX, 200);
        assertEquals(0, c.violatingRuns(), c.summary());
        assertEquals(0, c.unknownRuns(), c.summary());
        assertTrue(c.okReads() > 100 * 200, "each run answers reads: " + c.summary());
    }

    @Test void readsThroughTheLogStayLinearizable() {
        ReadCheck c = raft(ReadMode.LOG, 30);
        assertEquals(0, c.violatingRuns() + c.unknownRuns(), c.summary());
    }

    @Test void staleFollowerReadsAreCaughtByTheChecker() {
        ReadCheck c = raft(ReadMode.FOLLOWER, 30);
        assertTrue(c.violatingRuns() > 0, c.summary());
        assertTrue(c.counterexample().contains("cannot be linearised"), c.counterexample());
    }

    @Test void leasesBreakWhenTheLeadersClockRunsSlowerThanTheirDriftBound() {
        // node 0's clock at 0.3-0.6: a lease of election / 1.1 local ms lasts 1.5-3 election timeouts of real time
        ReadCheck c = raft(ReadMode.LEASE, 30);
        assertTrue(c.violatingRuns() > 0, c.summary());
    }

    @Test void leasesHoldWhileTheSkewStaysWithinTheirDriftBound() {
        // rate >= 0.95 > 1 / 1.1: the lease ends before any follower would vote again
        ReadCheck c = ReadStudy.check(raft(), ReadScenario.of(ReadMode.LEASE, false).clockRates(0.95, 1), 30, 42, Budget.DEFAULT);
        assertEquals(0, c.violatingRuns() + c.unknownRuns(), c.summary());
    }

    @Test void synchronousPrimaryReadsStayLinearizableWhileBackupReadsDoNot() {
        ReadCheck primary = ReadStudy.check(PrimaryBackup.sync(pbSettings()), ReadScenario.of(ReadMode.LEASE, true), 30, 42, Budget.DEFAULT);
        ReadCheck backups = ReadStudy.check(PrimaryBackup.sync(pbSettings()), ReadScenario.of(ReadMode.FOLLOWER, true), 30, 42, Budget.DEFAULT);
        assertEquals(0, primary.violatingRuns() + primary.unknownRuns(), primary.summary());
        assertTrue(backups.violatingRuns() > 0, backups.summary());
    }

    @Test void asynchronousPrimaryReadsShowTheWritesAFailoverLost() {
        ReadCheck c = ReadStudy.check(PrimaryBackup.async(pbSettings(), PrimaryBackup.SHIP_INTERVAL), ReadScenario.of(ReadMode.LEASE, true), 30, 42, Budget.DEFAULT);
        assertTrue(c.violatingRuns() > 0, c.summary());
    }

    @Test void theSameSeedGivesTheSameCheck() {
        assertEquals(raft(ReadMode.FOLLOWER, 3), raft(ReadMode.FOLLOWER, 3));
    }
}
