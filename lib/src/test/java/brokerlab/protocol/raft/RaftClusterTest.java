package brokerlab.protocol.raft;

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
import brokerlab.protocol.theory.ElectionTime;
import brokerlab.protocol.theory.MessageCounts;
import brokerlab.random.RandomStream;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RaftClusterTest {
    private static final NodeConfig NO_CPU = NodeConfig.noCpu(LinkDelay.shiftedExponential(0.5, 0.1));
    /** The paper's 150-300 ms election timeouts with 50 ms heartbeats; clients retry after 1 s. */
    private static final Timeouts RAFT = Timeouts.of(150, 50, 1000);

    private static RaftCluster cluster(int n, Topology t, NodeConfig node, Timeouts timeouts, FaultPlan plan, double rate, double drain,
                                       long seed, int rep) {
        return new RaftCluster(ProtocolSettings.of(t, n, timeouts).node(node).faults(plan).clientRate(rate).drain(drain), null, seed, rep);
    }

    private static ProtocolRun run(RaftCluster c, double duration) {
        return c.run(RunLength.time(0, duration));
    }

    @Test
    void failureFreeRunSendsTwoMessagesPerFollowerPerEntry() {
        var c = cluster(5, Topology.THREE_ZONES, NodeConfig.defaults(), RAFT, FaultPlan.none(), 200, 100, 1, 0);
        ProtocolRun r = run(c, 2000);
        assertTrue(r.safe(), r.violations()::toString);
        assertTrue(r.committedOps() > 300, () -> "committed " + r.committedOps());
        long entries = c.committedLog().size();
        // every entry (client ops and the leader's no-op) goes once to each of 4 followers and is answered once
        assertEquals(MessageCounts.raft(5) * entries, c.network().messages("AppendEntries") + c.network().messages("AppendEntriesResponse"));
        assertEquals(MessageCounts.raft(5), r.protocolMessagesPerEntry(), 1e-12);
        // one election, the cold start: reported on its own, not among the failover elections
        assertEquals(0, r.elections());
        assertTrue(r.coldStart() >= RAFT.election(), () -> "cold start " + r.coldStart());
    }

    @Test
    void failureFreeCommitLatencyMatchesOrderStatisticPrediction() {
        // low load (10 ops/s, operations 100 ms apart against ~2 ms of work) so queueing is negligible; no CPU time.
        // The leader differs per replication, so compare each run with the prediction for its own leader.
        double h = CommitLatency.defaultStep(Topology.THREE_ZONES, NO_CPU);
        double[] predicted = new double[5];
        for (int l = 0; l < 5; l++) predicted[l] = CommitLatency.majorityQuorum(Topology.THREE_ZONES, 5, l, NO_CPU, h).mean();
        List<double[]> runs = Replications.run(20, rep -> {
            var c = cluster(5, Topology.THREE_ZONES, NO_CPU, RAFT, FaultPlan.none(), 10, 50, 7, rep);
            ProtocolRun r = run(c, 6000);
            return new double[]{r.meanCommit(), predicted[c.leader()]};
        });
        double[] diff = runs.stream().mapToDouble(x -> x[0] - x[1]).toArray();
        var ci = ConfidenceInterval.ci95(diff);
        assertTrue(ci.contains(0), () -> "simulated minus predicted commit latency " + ci);
    }

    @Test
    void safetyHoldsUnderCrashesPartitionsAndLoss() {
        List<ProtocolRun> results = Replications.run(24, rep -> {
            var plan = FaultPlan.random(RandomStream.of(99, rep, RandomStream.FAILURES), 5, 3000, 3, 0.05);
            return run(cluster(5, Topology.ONE_DATACENTRE, NodeConfig.defaults(), RAFT, plan, 100, 2000, 99, rep), 3000);
        });
        long elections = 0, committed = 0;
        for (ProtocolRun r : results) {
            assertTrue(r.safe(), r.violations()::toString);
            elections += r.elections();
            committed += r.committedOps();
        }
        // the faults did bite (re-elections) and the cluster still made progress
        assertTrue(elections > 2L * results.size(), "elections " + elections);
        assertTrue(committed > 100L * results.size(), "committed " + committed);
    }

    @Test
    void committedEntriesSurviveCrashOfEveryNodeInTurn() {
        var plan = FaultPlan.none().loss(0.02);
        for (int i = 0; i < 5; i++) plan = plan.crashRecover(i, 400 + 500 * i, 300);
        var c = cluster(5, Topology.ONE_DATACENTRE, NodeConfig.defaults(), RAFT, plan, 100, 3000, 3, 0);
        ProtocolRun r = run(c, 3000);
        assertTrue(r.safe(), r.violations()::toString);
        // after the drain every server holds the committed prefix
        List<Entry> committed = c.committedLog();
        for (int i = 0; i < 5; i++) assertEquals(committed, c.log(i).subList(0, committed.size()), "server " + i);
    }

    @Test
    void leaderlessTimeMatchesElectionTheory() {
        // no clients: leaderless time = first election (5 fresh timers, the cold start, reported apart) + failover
        // after the leader crashes 1000 ms into the run
        var cfg = RAFT;
        double[] t = Replications.run(30, rep -> {
            // a client rate so low that no operation arrives in 2 s, and no drain
            // the crash falls at a uniform phase of the 50 ms heartbeat, as the failover formula assumes
            double at = 1000 + cfg.heartbeat() * RandomStream.of(11, rep, RandomStream.MISC).nextDouble();
            var c = cluster(5, Topology.ONE_DATACENTRE, NO_CPU, cfg, FaultPlan.none().crashLeader(at, 1e9), 1e-9, 0, 11, rep);
            ProtocolRun r = run(c, 2000);
            return r.coldStart() + r.unavailableTime();
        }).stream().mapToDouble(Double::doubleValue).toArray();
        // election round ~ candidate fsync + RequestVote round trip + voter fsync = 0.6 + 0.3 + 0.6
        double round = 1.5;
        double expected = ElectionTime.expectedFirstTimeout(cfg.election(), 5) + round
                + ElectionTime.expectedFailover(cfg.election(), 4, cfg.heartbeat(), 0.3, 1.2);
        var ci = ConfidenceInterval.ci95(t);
        assertTrue(ci.contains(expected), () -> "expected " + expected + " leaderless ms, simulated " + ci);
    }

    @Test
    void narrowTimeoutRangeCausesCompetingCandidatesAsTheSpacingFormulaSays() {
        // 5 fresh timers on [150, 150 + 2] ms; the first candidate's RequestVote reaches the others after its forced
        // write plus a one-way delay, w = 0.5 + exp(0.1) + 0.1 + exp(0.05) ms; competition iff the second timer fires
        // within w of the first: P = E[1 - (1 - w/2)^5]
        var cfg = RAFT.withRange(2);
        double h = 0.001;
        var w = brokerlab.protocol.theory.GridDistribution.of(NO_CPU.fsync(), h)
                .plus(brokerlab.protocol.theory.GridDistribution.of(Topology.ONE_DATACENTRE.delay(0, 1, 5), h));
        double p = ElectionTime.competingCandidateProbability(2, 5, w);
        int runs = 400;
        int competing = Replications.run(runs, rep -> {
            var c = cluster(5, Topology.ONE_DATACENTRE, NO_CPU, cfg, FaultPlan.none(), 1, 0, 21, rep);
            c.start();
            c.simulator().runUntil(160);
            return c.candidates(1) >= 2 ? 1 : 0;
        }).stream().mapToInt(Integer::intValue).sum();
        double sd = Math.sqrt(p * (1 - p) / runs);
        assertEquals(p, competing / (double) runs, 2.6 * sd, "binomial 99% band around the theory " + p);
        // the paper's wide range [T, 2T] makes competition rare: 1 - (1 - 0.75/150)^5 is about 2.5%
        assertTrue(ElectionTime.competingCandidateProbability(150, 5, w) < 0.03);
    }

    @Test
    void cpuQueueSlowsCommitsUnderLoad() {
        // 0.2 ms of CPU per message; the leader handles 5 messages per operation (request + 4 responses), so at
        // 800 ops/s its CPU utilisation is 0.8/ms * 5 * 0.2 ms = 0.8 and messages queue; at 5 ops/s it is 0.005.
        // (Clients start after the cold-start election, so no backlog from it helps the loaded case any more.)
        var cpu = new NodeConfig(LinkDelay.fixed(0.2), LinkDelay.shiftedExponential(0.5, 0.1));
        double slow = run(cluster(5, Topology.ONE_DATACENTRE, cpu, RAFT, FaultPlan.none(), 800, 200, 2, 0), 2000).meanCommit();
        double idle = run(cluster(5, Topology.ONE_DATACENTRE, cpu, RAFT, FaultPlan.none(), 5, 200, 2, 0), 2000).meanCommit();
        assertTrue(slow > idle * 1.5, () -> "loaded " + slow + " ms vs idle " + idle + " ms");
    }

    @Test
    void sameSeedGivesIdenticalResults() {
        var plan = FaultPlan.none().loss(0.01).crashLeader(500, 200);
        ProtocolRun a = run(cluster(3, Topology.THREE_ZONES, NodeConfig.defaults(), RAFT, plan, 100, 500, 5, 2), 1500);
        ProtocolRun b = run(cluster(3, Topology.THREE_ZONES, NodeConfig.defaults(), RAFT, plan, 100, 500, 5, 2), 1500);
        assertEquals(a, b);
    }

    @Test
    void rejectsFaultOnMissingNode() {
        var e = assertThrows(IllegalArgumentException.class, () -> cluster(3, Topology.ONE_DATACENTRE,
                NodeConfig.defaults(), RAFT, FaultPlan.none().crash(7, 10), 100, 0, 1, 0));
        assertTrue(e.getMessage().contains("faults"), e.getMessage());
    }
}
