package brokerlab.protocol.pbft;

import brokerlab.experiment.Replications;
import brokerlab.protocol.RunResult;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.MessageCounts;
import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PbftTest {
    @Test
    void failureFreeMessagesPerRequestAreTwoNTimesNMinusOne() {
        for (int f = 1; f <= 2; f++) {
            RunResult r = new Pbft(f, Topology.THREE_ZONES, NodeConfig.defaults(), PbftConfig.defaults(), FaultPlan.none(), 1, 0)
                    .run(100, 1000, 100);
            int n = 3 * f + 1;
            assertTrue(r.safe(), r.violations()::toString);
            assertEquals(0, r.elections());
            assertEquals(MessageCounts.pbft(n), r.protocolMessagesPerEntry(), 1e-12, "n = " + n);
        }
    }

    @Test
    void withFixedDelaysCommitTakesThreeHopsAndTheClientFive() {
        // pre-prepare (d), prepare (d), commit (d) = 3d at the primary; plus request and reply for the client
        double d = 1.0;
        var t = Topology.uniform("fixed", LinkDelay.fixed(d));
        RunResult r = new Pbft(1, t, NodeConfig.noCpu(LinkDelay.fixed(0)), PbftConfig.defaults(), FaultPlan.none(), 2, 0)
                .run(20, 2000, 50);
        assertEquals(3 * d, r.meanCommit(), 1e-9);
        assertEquals(5 * d, r.meanResponse(), 1e-9);
    }

    @Test
    void silentPrimaryIsReplacedByViewChange() {
        RunResult r = new Pbft(1, Topology.ONE_DATACENTRE, NodeConfig.defaults(), PbftConfig.defaults(),
                FaultPlan.none().crash(0, 500), 3, 0).run(100, 3000, 1000);
        assertTrue(r.safe(), r.violations()::toString);
        assertTrue(r.elections() >= 3, () -> "view-change messages started " + r.elections());    // three correct backups
        assertTrue(r.committedOps() > 250, () -> "committed " + r.committedOps());
    }

    @Test
    void equivocatingPrimaryCannotSplitCorrectReplicasAndIsVotedOut() {
        RunResult r = new Pbft(1, Topology.ONE_DATACENTRE, NodeConfig.defaults(), PbftConfig.defaults(),
                FaultPlan.none().byzantine(0), 4, 0).run(100, 2000, 1000);
        assertTrue(r.safe(), r.violations()::toString);
        assertTrue(r.elections() > 0);
        assertTrue(r.committedOps() > 150, () -> "committed " + r.committedOps());
    }

    @Test
    void noTwoCorrectReplicasCommitDifferentValuesWithFByzantineAndFaults() {
        List<RunResult> rs = Replications.run(16, rep -> {
            var rng = RandomStream.of(77, rep, RandomStream.MISC);
            var plan = FaultPlan.random(RandomStream.of(77, rep, RandomStream.FAILURES), 4, 2000, 2, 0.03)
                    .byzantine(rng.nextInt(4));
            return new Pbft(1, Topology.ONE_DATACENTRE, NodeConfig.defaults(), PbftConfig.defaults(), plan, 77, rep).run(100, 2000, 2000);
        });
        long views = 0;
        for (RunResult r : rs) {
            assertTrue(r.safe(), r.violations()::toString);
            views += r.elections();
        }
        assertTrue(views > rs.size(), "view changes " + views);
    }

    @Test
    void rejectsMoreThanFByzantineReplicas() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Pbft(1, Topology.ONE_DATACENTRE, NodeConfig.defaults(),
                PbftConfig.defaults(), FaultPlan.none().byzantine(1, 2), 1, 0));
        assertTrue(e.getMessage().contains("byzantine"), e.getMessage());
    }
}
