package brokerlab.protocol.theory;

import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.paxos.MultiPaxos;
import brokerlab.protocol.pbft.Pbft;
import brokerlab.protocol.raft.Raft;
import brokerlab.protocol.replication.PrimaryBackup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CommitPercentileTest {
    private static final NodeConfig NODE = NodeConfig.defaults();

    private static ProtocolSettings settings(Topology t, int n) {
        return ProtocolSettings.of(t, n, Raft.defaultTimeouts(t)).node(NODE);
    }

    @Test
    void asynchronousReplicationIsTheFsyncQuantile() {
        // fsync 0.5 + Exp(mean 0.1): p99 = 0.5 + 0.1 ln 100 = 0.9605 ms, to the lattice step
        double h = CommitLatency.defaultStep(Topology.ONE_DATACENTRE, NODE);
        assertEquals(0.5 + 0.1 * Math.log(100),
                PrimaryBackup.async(settings(Topology.ONE_DATACENTRE, 3), 5).predictedCommitPercentile(0.99), 2 * h);
    }

    @Test
    void inOneZoneEveryLeaderIsAlikeSoTheMixtureIsTheSingleLeaderQuantile() {
        double h = CommitLatency.defaultStep(Topology.ONE_DATACENTRE, NODE);
        double single = CommitLatency.majorityQuorum(Topology.ONE_DATACENTRE, 5, 0, NODE, h).quantile(0.99);
        assertEquals(single, new Raft(settings(Topology.ONE_DATACENTRE, 5)).predictedCommitPercentile(0.99), 1e-9);
    }

    @Test
    void acrossRegionsTheMixtureQuantileSplitsTheLeadersCdfsAtQ() {
        // at the answer x the averaged CDF reaches q, one lattice step below it does not
        var t = Topology.THREE_REGIONS;
        double h = CommitLatency.defaultStep(t, NODE);
        double x = new MultiPaxos(settings(t, 3)).predictedCommitPercentile(0.9);
        double at = 0, below = 0;
        for (int l = 0; l < 3; l++) {
            var g = CommitLatency.majorityQuorum(t, 3, l, NODE, h);
            at += g.cdf(x) / 3;
            below += g.cdf(x - h) / 3;
        }
        assertTrue(at >= 0.9 && below < 0.9, at + " / " + below);
    }

    @Test
    void pbftHasNoModel() {
        assertTrue(Double.isNaN(new Pbft(settings(Topology.ONE_DATACENTRE, 4)).predictedCommitPercentile(0.99)));
    }

    @Test
    void rejectsAQuantileOutsideTheOpenUnitInterval() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Raft(settings(Topology.ONE_DATACENTRE, 3)).predictedCommitPercentile(1.0));
        assertTrue(e.getMessage().contains("q"));
    }
}
