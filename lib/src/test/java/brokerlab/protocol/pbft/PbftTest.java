package brokerlab.protocol.pbft;

import brokerlab.experiment.Replications;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
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
    /** A client retry after 100 ms, a view-change timeout of 200 ms (the former PBFT defaults). */
    private static final Timeouts TIMERS = new Timeouts(200, 0, 50, 100, 1, 0, 50);

    private static ProtocolRun run(int f, Topology t, NodeConfig node, FaultPlan plan, double rate, double duration, double drain,
                                   long seed, int rep) {
        var settings = ProtocolSettings.of(t, 3 * f + 1, TIMERS).node(node).faults(plan).clientRate(rate).drain(drain);
        return new Pbft(settings).run(RunLength.time(0, duration), seed, rep);
    }

    @Test
    void failureFreeMessagesPerRequestAreTwoNTimesNMinusOne() {
        for (int f = 1; f <= 2; f++) {
            ProtocolRun r = run(f, Topology.THREE_ZONES, NodeConfig.defaults(), FaultPlan.none(), 100, 1000, 100, 1, 0);
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
        ProtocolRun r = run(1, t, NodeConfig.noCpu(LinkDelay.fixed(0)), FaultPlan.none(), 20, 2000, 50, 2, 0);
        assertEquals(3 * d, r.meanCommit(), 1e-9);
        assertEquals(5 * d, r.meanResponse(), 1e-9);
    }

    @Test
    void silentPrimaryIsReplacedByViewChange() {
        ProtocolRun r = run(1, Topology.ONE_DATACENTRE, NodeConfig.defaults(), FaultPlan.none().crash(0, 500), 100, 3000, 1000, 3, 0);
        assertTrue(r.safe(), r.violations()::toString);
        assertTrue(r.elections() >= 1, () -> "views installed " + r.elections());
        assertTrue(r.committedOps() > 250, () -> "committed " + r.committedOps());
    }

    @Test
    void equivocatingPrimaryCannotSplitCorrectReplicasAndIsVotedOut() {
        ProtocolRun r = run(1, Topology.ONE_DATACENTRE, NodeConfig.defaults(), FaultPlan.none().byzantine(0), 100, 2000, 1000, 4, 0);
        assertTrue(r.safe(), r.violations()::toString);
        assertTrue(r.elections() > 0);
        assertTrue(r.committedOps() > 150, () -> "committed " + r.committedOps());
    }

    @Test
    void noTwoCorrectReplicasCommitDifferentValuesWithFByzantineAndFaults() {
        List<ProtocolRun> rs = Replications.run(16, rep -> {
            var rng = RandomStream.of(77, rep, RandomStream.MISC);
            var plan = FaultPlan.random(RandomStream.of(77, rep, RandomStream.FAILURES), 4, 2000, 2, 0.03)
                    .byzantine(rng.nextInt(4));
            return run(1, Topology.ONE_DATACENTRE, NodeConfig.defaults(), plan, 100, 2000, 2000, 77, rep);
        });
        long views = 0;
        for (ProtocolRun r : rs) {
            assertTrue(r.safe(), r.violations()::toString);
            views += r.elections();
        }
        assertTrue(views > rs.size(), "view changes " + views);
    }

    @Test
    void rejectsMoreThanFByzantineReplicas() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Pbft(ProtocolSettings.of(Topology.ONE_DATACENTRE, 4, TIMERS)
                .faults(FaultPlan.none().byzantine(1, 2))));
        assertTrue(e.getMessage().contains("byzantine"), e.getMessage());
    }
}
