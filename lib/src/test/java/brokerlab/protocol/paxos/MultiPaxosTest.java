package brokerlab.protocol.paxos;

import brokerlab.experiment.Replications;
import brokerlab.protocol.RunResult;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.raft.RaftConfig;
import brokerlab.protocol.theory.CommitLatency;
import brokerlab.protocol.theory.MessageCounts;
import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MultiPaxosTest {
    private static final NodeConfig NO_CPU = NodeConfig.noCpu(LinkDelay.shiftedExponential(0.5, 0.1));

    @Test
    void steadyStateSendsOneAcceptRoundPerOperationAndOnePreparePerLeader() {
        var p = new MultiPaxos(5, Topology.THREE_ZONES, NodeConfig.defaults(), RaftConfig.defaults(), FaultPlan.none(), 1, 0);
        RunResult r = p.run(200, 2000, 100);
        assertTrue(r.safe(), r.violations()::toString);
        assertEquals(MessageCounts.multiPaxos(5), r.protocolMessagesPerEntry(), 1e-12);
        assertEquals(1, r.elections());
        assertEquals(MessageCounts.paxosPrepare(5), p.network().messages("Prepare") + p.network().messages("Promise"));
    }

    @Test
    void failureFreeCommitLatencyMatchesMajorityQuorumPrediction() {
        double h = CommitLatency.defaultStep(Topology.THREE_ZONES, NO_CPU);
        double[] predicted = new double[5];
        for (int l = 0; l < 5; l++) predicted[l] = CommitLatency.majorityQuorum(Topology.THREE_ZONES, 5, l, NO_CPU, h).mean();
        double[] diff = Replications.run(20, rep -> {
            var p = new MultiPaxos(5, Topology.THREE_ZONES, NO_CPU, RaftConfig.defaults(), FaultPlan.none(), 8, rep);
            RunResult r = p.run(10, 6000, 50);
            return r.meanCommit() - predicted[p.leader()];
        }).stream().mapToDouble(Double::doubleValue).toArray();
        var ci = ConfidenceInterval.ci95(diff);
        assertTrue(ci.contains(0), () -> "simulated minus predicted " + ci);
    }

    @Test
    void atMostOneValueIsChosenPerSlotUnderFaults() {
        List<RunResult> rs = Replications.run(20, rep -> {
            var plan = FaultPlan.random(RandomStream.of(31, rep, RandomStream.FAILURES), 5, 3000, 3, 0.05);
            return new MultiPaxos(5, Topology.ONE_DATACENTRE, NodeConfig.defaults(), RaftConfig.defaults(), plan, 31, rep).run(100, 3000, 2000);
        });
        long elections = 0, committed = 0;
        for (RunResult r : rs) {
            assertTrue(r.safe(), r.violations()::toString);
            elections += r.elections();
            committed += r.committedOps();
        }
        assertTrue(elections > 2L * rs.size(), "elections " + elections);
        assertTrue(committed > 100L * rs.size(), "committed " + committed);
    }
}
