package brokerlab.protocol.replication;

import brokerlab.experiment.Replications;
import brokerlab.protocol.RunResult;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.CommitLatency;
import brokerlab.protocol.theory.MessageCounts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PrimaryBackupTest {
    private static final NodeConfig NO_CPU = NodeConfig.noCpu(LinkDelay.shiftedExponential(0.5, 0.1));

    @Test
    void failureFreeSynchronousWriteSendsReplicateAndAckPerBackup() {
        RunResult r = new PrimaryBackup(3, Topology.THREE_ZONES, NodeConfig.defaults(), ReplicationConfig.sync(), FaultPlan.none(), 1, 0)
                .run(200, 2000, 100);
        assertEquals(MessageCounts.primaryBackup(3), r.protocolMessagesPerEntry(), 1e-12);
        assertEquals(0, r.lostWrites());
    }

    @Test
    void asynchronousShippingBatchesAsTheNonEmptyIntervalFormulaSays() {
        // lambda tau = 0.2/ms * 5 ms = 1: 2 * 2 * (1 - e^-1) / 1 = 2.528 messages per write
        double expected = MessageCounts.primaryBackupAsync(3, 200, 5);
        var ci = Replications.ci95(10, rep -> new PrimaryBackup(3, Topology.THREE_ZONES, NodeConfig.defaults(), ReplicationConfig.async(),
                FaultPlan.none(), 2, rep).run(200, 3000, 100).protocolMessagesPerEntry());
        assertTrue(ci.contains(expected), () -> "expected " + expected + ", simulated " + ci);
    }

    @Test
    void synchronousLatencyIsTheSlowestBackupAndAsynchronousTheLocalWrite() {
        // 5 writes/s: disk utilisation 0.3%, so queueing (M/G/1 wait ~ 0.001 ms) is far inside the CI
        double h = CommitLatency.defaultStep(Topology.THREE_ZONES, NO_CPU);
        double sync = CommitLatency.allReplicas(Topology.THREE_ZONES, 3, 0, NO_CPU, h).mean();
        double async = NO_CPU.fsync().mean();                  // 0.5 + 0.1: the primary's own forced write
        var syncCi = Replications.ci95(20, rep -> new PrimaryBackup(3, Topology.THREE_ZONES, NO_CPU, ReplicationConfig.sync(),
                FaultPlan.none(), 5, rep).run(5, 8000, 100).meanCommit());
        var asyncCi = Replications.ci95(20, rep -> new PrimaryBackup(3, Topology.THREE_ZONES, NO_CPU, ReplicationConfig.async(),
                FaultPlan.none(), 5, rep).run(5, 8000, 100).meanCommit());
        assertTrue(syncCi.contains(sync), () -> "sync predicted " + sync + ", simulated " + syncCi);
        assertTrue(asyncCi.contains(async), () -> "async predicted " + async + ", simulated " + asyncCi);
    }

    @Test
    void primaryCrashLosesAcknowledgedWritesOnlyWhenAsynchronous() {
        // at 500 writes/s about 2.5 writes are acknowledged in each 5 ms shipping interval and die with the primary
        var plan = FaultPlan.none().crashLeader(1000, 3000);
        long syncLost = 0, asyncLost = 0;
        for (int rep = 0; rep < 6; rep++) {
            syncLost += new PrimaryBackup(3, Topology.ONE_DATACENTRE, NodeConfig.defaults(), ReplicationConfig.sync(), plan, 9, rep)
                    .run(500, 3000, 2000).lostWrites();
            RunResult a = new PrimaryBackup(3, Topology.ONE_DATACENTRE, NodeConfig.defaults(), ReplicationConfig.async(), plan, 9, rep)
                    .run(500, 3000, 2000);
            asyncLost += a.lostWrites();
            assertEquals(1, a.elections());
        }
        assertEquals(0, syncLost);
        assertTrue(asyncLost > 0, "async lost " + asyncLost);
    }

    @Test
    void synchronousReplicationNeverLosesAnAcknowledgedWriteUnderRandomFaults() {
        long lost = 0, committed = 0, failovers = 0;
        for (int rep = 0; rep < 20; rep++) {
            var plan = FaultPlan.random(brokerlab.random.RandomStream.of(8, rep, brokerlab.random.RandomStream.FAILURES), 3, 3000, 2, 0.02);
            RunResult r = new PrimaryBackup(3, Topology.ONE_DATACENTRE, NodeConfig.defaults(), ReplicationConfig.sync(), plan, 8, rep)
                    .run(200, 3000, 3000);
            lost += r.lostWrites();
            committed += r.committedOps();
            failovers += r.elections();
        }
        assertEquals(0, lost);
        long f = failovers, c = committed;
        assertTrue(f > 5 && c > 20L * 300, () -> "failovers " + f + ", committed " + c);
    }

    @Test
    void failoverTakesAboutOneSessionTimeout() {
        var cfg = ReplicationConfig.sync();
        RunResult r = new PrimaryBackup(3, Topology.ONE_DATACENTRE, NodeConfig.defaults(), cfg,
                FaultPlan.none().crash(0, 1000), 4, 0).run(100, 3000, 1000);
        // detection after sessionTimeout since the last ping (pings every T/3, checks every T/9): in (T - T/3, T + T/9]
        double t = cfg.sessionTimeout();
        assertTrue(r.unavailableTime() > t - t / 3 && r.unavailableTime() < t + t / 9 + 5, () -> "unavailable " + r.unavailableTime());
        assertTrue(r.committedOps() > 250, () -> "committed " + r.committedOps());
    }
}
