package brokerlab.protocol.theory;

import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CommitLatencyTest {
    private static final Topology T = Topology.uniform("dc", LinkDelay.shiftedExponential(0.1, 0.05));
    private static final NodeConfig CFG = NodeConfig.noCpu(LinkDelay.fixed(0.5));

    @Test
    void threeNodeQuorumIsFasterOfTwoErlangRoundTrips() {
        // X = 2b + f + Erlang2(m); E[min of two] = 2b + f + m * int_0^inf e^{-2u}(1+u)^2 du = 2b + f + 1.25 m
        double exact = 0.2 + 0.5 + 1.25 * 0.05;
        double h = 0.0005;
        assertEquals(exact, CommitLatency.majorityQuorum(T, 3, 0, CFG, h).mean(), 1e-4);
    }

    @Test
    void quadratureMatchesTheClosedFormAndTheLattice() {
        var link = LinkDelay.shiftedExponential(0.1, 0.05);
        // n = 3: one follower of two, E = 2b + f + 1.25 m (integral of e^{-2u}(1+u)^2)
        assertEquals(0.2 + 0.5 + 1.25 * 0.05, CommitLatency.majorityQuorumExact(3, link, 0.5), 1e-10);
        for (int n : new int[]{5, 7}) {
            double lattice = CommitLatency.majorityQuorum(T, n, 0, CFG, 0.0005).mean();
            assertEquals(CommitLatency.majorityQuorumExact(n, link, 0.5), lattice, 1e-4, "n = " + n);
        }
    }

    @Test
    void quorumFollowersIsCeilOfHalfNPlusOneMinusOne() {
        assertEquals(0, CommitLatency.quorumFollowers(1));
        assertEquals(1, CommitLatency.quorumFollowers(3));
        assertEquals(2, CommitLatency.quorumFollowers(4));   // majority of 4 is 3
        assertEquals(2, CommitLatency.quorumFollowers(5));
    }

    @Test
    void twoPhaseCommitPaysTwoRoundsPlusTheDecisionWrite() {
        // one participant: X = 2b + f + Erlang2(m), total = 2 E[X] + f = 2 (0.2 + 0.5 + 0.1) + 0.5
        double exact = 2 * (0.2 + 0.5 + 0.1) + 0.5;
        assertEquals(exact, CommitLatency.twoPhaseCommit(T, 1, CFG, 0.0005).mean(), 1e-4);
    }

    @Test
    void synchronousReplicationIsSlowerThanQuorum() {
        double h = CommitLatency.defaultStep(T, CFG);
        assertTrue(CommitLatency.allReplicas(T, 5, 0, CFG, h).mean() > CommitLatency.majorityQuorum(T, 5, 0, CFG, h).mean());
    }
}
