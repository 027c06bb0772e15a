package brokerlab.protocol.twopc;

import brokerlab.experiment.Replications;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.CommitLatency;
import brokerlab.protocol.theory.MessageCounts;
import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TwoPhaseCommitTest {
    private static final NodeConfig NO_CPU = NodeConfig.noCpu(LinkDelay.shiftedExponential(0.5, 0.1));
    /** The former defaults: a 500 ms vote timeout, retries every 200 ms, and a client that never retries (1e6 ms). */
    private static final Timeouts TIMERS = new Timeouts(500, 0, 200, 1e6, 1, 0, 50);

    private static TwoPcCluster cluster(int p, Topology t, NodeConfig node, Timeouts timers, double abort, FaultPlan plan,
                                        double rate, double drain, long seed, int rep) {
        return new TwoPcCluster(ProtocolSettings.of(t, p, timers).node(node).faults(plan).clientRate(rate).drain(drain), abort, null, seed, rep);
    }

    private static ProtocolRun run(TwoPcCluster c, double duration) {
        return c.run(RunLength.time(0, duration));
    }

    @Test
    void failureFreeTransactionSendsFourMessagesPerParticipant() {
        ProtocolRun r = run(cluster(3, Topology.THREE_ZONES, NodeConfig.defaults(), TIMERS, 0, FaultPlan.none(), 100, 100, 1, 0), 2000);
        assertTrue(r.safe(), r.violations()::toString);
        assertEquals(MessageCounts.twoPhaseCommit(3), r.protocolMessagesPerEntry(), 1e-12);
        assertEquals(2.0, r.roundsPerOp(), 1e-12);                // prepare round and commit round
    }

    @Test
    void commitLatencyMatchesTwoRoundsOfMaxima() {
        // coordinator 0 in az-a; participants 1, 2, 3 in az-b, az-c, az-a: two rounds of the slowest round trip
        double h = CommitLatency.defaultStep(Topology.THREE_ZONES, NO_CPU);
        double exact = CommitLatency.twoPhaseCommit(Topology.THREE_ZONES, 3, NO_CPU, h).mean();
        var ci = Replications.ci95(20, rep -> run(cluster(3, Topology.THREE_ZONES, NO_CPU, TIMERS, 0,
                FaultPlan.none(), 20, 100, 3, rep), 5000).meanCommit());
        assertTrue(ci.contains(exact), () -> "predicted " + exact + ", simulated " + ci);
    }

    @Test
    void confidenceIntervalsAroundTheTheoryAreHonest() {
        // 60 independent 95% intervals, each from 5 replications: coverage ~ Binomial(60, 0.95), mean 57, sd 1.7
        double h = CommitLatency.defaultStep(Topology.ONE_DATACENTRE, NO_CPU);
        double exact = CommitLatency.twoPhaseCommit(Topology.ONE_DATACENTRE, 2, NO_CPU, h).mean();
        int covered = 0;
        for (int k = 0; k < 60; k++) {
            long seed = 1000 + k;
            var ci = Replications.ci95(5, rep -> run(cluster(2, Topology.ONE_DATACENTRE, NO_CPU, TIMERS, 0,
                    FaultPlan.none(), 10, 100, seed, rep), 3000).meanCommit());
            if (ci.contains(exact)) covered++;
        }
        assertTrue(covered >= 51, "only " + covered + " of 60 intervals cover " + exact);
    }

    @Test
    void coordinatorCrashAfterVotesBlocksParticipantsForItsDowntime() {
        var t = cluster(3, Topology.ONE_DATACENTRE, NodeConfig.defaults(), TIMERS, 0, FaultPlan.none(), 20, 2000, 2, 0)
                .crashAfterVotes(5, 1000);
        ProtocolRun r = run(t, 3000);
        assertTrue(r.safe(), r.violations()::toString);
        // 3 participants stay prepared for at least the 1000 ms the coordinator is down
        assertTrue(r.blockedTime() >= 3 * 1000, () -> "blocked " + r.blockedTime());
        // presumed abort: the in-doubt transaction is aborted when the coordinator recovers
        assertTrue(r.aborted() >= 1);
    }

    @Test
    void atomicityHoldsUnderCrashesPartitionsLossAndNoVotes() {
        var cfg = new Timeouts(300, 0, 100, 1e6, 1, 0, 50);
        List<ProtocolRun> rs = Replications.run(20, rep -> {
            var plan = FaultPlan.random(RandomStream.of(17, rep, RandomStream.FAILURES), 4, 3000, 3, 0.05);
            return run(cluster(3, Topology.ONE_DATACENTRE, NodeConfig.defaults(), cfg, 0.05, plan, 50, 3000, 17, rep), 3000);
        });
        long aborted = 0, committed = 0;
        for (ProtocolRun r : rs) {
            assertTrue(r.safe(), r.violations()::toString);
            aborted += r.aborted();
            committed += r.committedOps();
        }
        assertTrue(aborted > 0 && committed > 0, () -> "no mix of outcomes");
    }

    @Test
    void blockedTimeGrowsWithTheDowntimeOfATimedCoordinatorCrashAfterThePreparePhase() {
        // Arrivals stop at 1000 ms, the moment FaultPlan crashes the coordinator, so every run of a replication
        // shares the same transactions (common random numbers) and the crash finds some with Prepare sent and
        // no decision (over three regions one prepare phase takes ~70 ms, ~7 such at 100/s). Their p participants
        // are (or become) prepared and stay blocked until recovery plus the presumed-abort round, and each of these
        // transactions is reported aborted. Hence blocked(D2) - blocked(D1) = aborted * p * (D2 - D1), up to the
        // jitter of the abort round after recovery (a few ms per participant; 10 ms allowed).
        int p = 3;
        double[] downtimes = {500, 1000, 2000};
        for (int rep = 0; rep < 3; rep++) {
            double[] blocked = new double[downtimes.length];
            long[] aborted = new long[downtimes.length];
            for (int k = 0; k < downtimes.length; k++) {
                ProtocolRun r = run(cluster(p, Topology.THREE_REGIONS, NodeConfig.defaults(), TIMERS,
                        0, FaultPlan.none().crashRecover(0, 1000, downtimes[k]), 100, 3000, 6, rep), 1000);
                assertTrue(r.safe(), r.violations()::toString);
                blocked[k] = r.blockedTime();
                aborted[k] = r.aborted();
            }
            assertTrue(aborted[0] >= 1, "the crash must find a transaction after its Prepare, aborted " + aborted[0]);
            for (int k = 1; k < downtimes.length; k++) {
                assertEquals(aborted[0], aborted[k]);
                assertTrue(blocked[k] >= blocked[k - 1], "blocked " + java.util.Arrays.toString(blocked));
                double expected = aborted[0] * p * (downtimes[k] - downtimes[k - 1]);
                assertEquals(expected, blocked[k] - blocked[k - 1], aborted[0] * p * 10.0);
            }
        }
    }
}
