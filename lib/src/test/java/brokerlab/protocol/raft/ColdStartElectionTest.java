package brokerlab.protocol.raft;

import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ColdStartElectionTest {
    private static final NodeConfig NODE = NodeConfig.noCpu(LinkDelay.fixed(0.5));
    private static final Topology DC = Topology.uniform("dc", LinkDelay.fixed(0.1));

    @Test
    void aSingleServerLeadsAfterItsTimeoutAndOneForcedWrite() {
        // n = 1: the timer fires in [150, 160], the candidate forces its term (0.5 ms) and is its own majority
        var e = ColdStartElection.run(1, DC, NODE, new Timeouts(150, 10, 50, 1000, 1, 0, 50), 7, 0);
        assertTrue(e.time() >= 150.5 && e.time() <= 160.5, "time " + e.time());
        assertEquals(1, e.leaderTerm());
        assertFalse(e.competing());
    }

    @Test
    void aWideRangeElectsTheFirstCandidateAtTheMinimumTimeoutPlusOneVoteRound() {
        // n = 3, range 150: timers rarely collide (window 0.6 ms), so the time is T + R/(n+1) + 0.5 + (0.1 + 0.5 + 0.1)
        // = 150 + 37.5 + 1.2 = 188.7 in expectation; check it inside the 95% interval of 100 elections, allowing
        // 1 ms for the rare split vote.
        double[] t = new double[100];
        for (int r = 0; r < t.length; r++) t[r] = ColdStartElection.run(3, DC, NODE, new Timeouts(150, 150, 50, 1000, 1, 0, 50), 3, r).time();
        var ci = brokerlab.stats.ConfidenceInterval.ci95(t);
        assertTrue(Math.abs(ci.estimate() - 188.7) <= ci.halfWidth() + 1, ci.toString());
    }

    @Test
    void aNarrowRangeMakesCompetingCandidatesTheRule() {
        // range 0.2 ms is below the 0.6 ms window: the second timer fires before the first RequestVote arrives
        int competing = 0;
        for (int r = 0; r < 40; r++) if (ColdStartElection.run(5, DC, NODE, new Timeouts(150, 0.2, 50, 1000, 1, 0, 50), 5, r).competing()) competing++;
        assertTrue(competing >= 36, competing + " of 40");
    }
}
