package brokerlab.protocol.raft;

import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.Watch;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.sim.Simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scripted fault schedules that produce the Raft cases random plans miss. Every link takes exactly 1 ms, every
 * forced write 0.1 ms, no CPU time, and election timers are too long to fire (10^6 ms): every election, client
 * request, crash and one-way cut happens when the script says, so each run is the same event sequence and the
 * checker's verdict depends only on the protocol (the correct one, or one with a planted bug).
 */
final class RaftScenarios {
    private RaftScenarios() {}

    static final Map<String, Function<RaftBug, List<String>>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("figure 8", RaftScenarios::figure8);
        ALL.put("double vote after a crash", RaftScenarios::doubleVote);
        ALL.put("ack before fsync on a slow disk", RaftScenarios::ackBeforeFsync);
        ALL.put("stale leader after a partition", RaftScenarios::staleLeader);
    }

    static RaftCluster cluster(int n, RaftBug bug) {
        return cluster(n, bug, 1e5);
    }

    static RaftCluster cluster(int n, RaftBug bug, double heartbeat) {
        var settings = ProtocolSettings.of(Topology.uniform("scripted", LinkDelay.fixed(1)), n, new Timeouts(1e6, 0, heartbeat, 1e6, 1, 0, 50))
                .node(NodeConfig.noCpu(LinkDelay.fixed(0.1)));
        RaftCluster c = new RaftCluster(settings, bug, 0, 0);
        c.start();
        return c;
    }

    private static void at(Simulator sim, double t, Runnable action) {
        sim.schedule(t - sim.now(), action);
    }

    private static List<String> finish(RaftCluster c, double until) {
        c.simulator().runUntil(until);
        c.checkLogMatching();
        return c.metrics().violations();
    }

    /**
     * Figure 8 of the Raft paper (servers S0..S4 for S1..S5): S0 leads term 1 and gets entry A to S1 only; S4 wins
     * term 2 with S2, S3 and itself, and appends its no-op at index 2 unseen; S0 returns, wins term 3 and, with one
     * entry per message, copies A to S2 and S3 before its term-3 no-op reaches them; then S0 crashes. If S0 counted
     * A committed (three replicas, but from term 1), S4 can still win term 4 with S2 and S3 and overwrite it.
     */
    static List<String> figure8(RaftBug bug) {
        RaftCluster c = cluster(5, bug);
        c.maxBatch = 1;
        Simulator sim = c.simulator();
        Network net = c.network();
        c.server(0).campaignAfter(1);                                           // S0 leads term 1 by t = 3.2
        net.cut(10, 20, new int[]{0}, new int[]{2, 3, 4});
        at(sim, 11, () -> c.server(0).onClientRequest(100));                    // A reaches S1 only
        at(sim, 20, () -> net.crash(0));
        at(sim, 21, () -> c.server(4).campaignAfter(0));                        // S4 leads term 2 with S2, S3
        net.cut(23, 30, new int[]{4}, new int[]{0, 1, 2, 3});                   // ... and its no-op stays unseen
        at(sim, 30, () -> net.crash(4));
        at(sim, 40, () -> net.recover(0));
        at(sim, 41, () -> c.server(0).campaignAfter(0));                        // term 2: S2, S3 voted already
        at(sim, 45, () -> c.server(0).campaignAfter(0));                        // term 3: S0 leads with S1, S2, S3
        // A reaches S2 (one entry per message); cut S0 off from S2 and S3 before the term-3 no-op follows
        Watch.when(sim, 0.05, 100, () -> c.term(2) == 3 && c.log(2).size() >= 2, () -> {
            net.cut(sim.now(), 1e6, new int[]{0}, new int[]{2, 3});
            sim.schedule(2, () -> net.crash(0));                              // after the acknowledgement of A returns
        });
        at(sim, 60, () -> net.recover(4));
        at(sim, 61, () -> c.server(4).campaignAfter(0));                        // term 3: refused
        at(sim, 65, () -> c.server(4).campaignAfter(0));                        // term 4: S2 and S3 vote for S4
        return finish(c, 200);
    }

    /**
     * Two candidates of one term that cannot hear each other; S2 votes for S0, crashes and recovers, and is then
     * asked by S1 in the same term. With votedFor durable it refuses; without, term 1 has two leaders.
     */
    static List<String> doubleVote(RaftBug bug) {
        RaftCluster c = cluster(3, bug);
        Simulator sim = c.simulator();
        Network net = c.network();
        net.cut(0, 1e6, new int[]{0}, new int[]{1});
        net.cut(0, 1e6, new int[]{1}, new int[]{0});
        net.cut(3, 1e6, new int[]{0}, new int[]{2});                            // after S0's RequestVote: S2's log stays empty
        c.server(0).campaignAfter(1);                                           // S2 votes for S0 at 2.1, S0 leads at 3.2
        at(sim, 5, () -> net.crash(2));
        at(sim, 6, () -> net.recover(2));
        at(sim, 7, () -> c.server(1).campaignAfter(0));                         // S1 asks S2 in term 1
        return finish(c, 100);
    }

    /**
     * S0 leads; S2 hears nothing from it; S1's disk becomes 1000 times slower (0.1 ms to 100 ms) and entry A goes to
     * S1 only. A follower that acknowledges before its forced write lets S0 commit A; S0 and S1 then crash (S1 before
     * the write is done), S1 returns without A and votes S2 into leadership: a committed entry is gone.
     */
    static List<String> ackBeforeFsync(RaftBug bug) {
        RaftCluster c = cluster(3, bug);
        Simulator sim = c.simulator();
        Network net = c.network();
        c.server(0).campaignAfter(1);
        net.cut(10, 1e6, new int[]{0}, new int[]{2});
        at(sim, 10, () -> net.slow(1, 1, 1000));
        at(sim, 11, () -> c.server(0).onClientRequest(100));
        at(sim, 20, () -> { net.crash(0); net.crash(1); });
        at(sim, 21, () -> net.recover(1));
        at(sim, 25, () -> c.server(2).campaignAfter(0));
        return finish(c, 400);
    }

    /**
     * S0 leads term 1 and is cut off (both ways) with an uncommitted entry X; S1 and S2 commit a no-op and Y in term
     * 2. When the partition heals one way, S0's next heartbeat repairs its followers' logs with X, in term 1. A server that
     * checks the term refuses and S0 steps down; one that does not lets X overwrite committed entries, and a leader
     * of term 3 then lacks them.
     */
    static List<String> staleLeader(RaftBug bug) {
        RaftCluster c = cluster(3, bug, 5);
        Simulator sim = c.simulator();
        Network net = c.network();
        c.server(0).campaignAfter(1);
        net.cut(10, 30, new int[]{0}, new int[]{1, 2});
        net.cut(10, 40, new int[]{1, 2}, new int[]{0});                         // S0 keeps believing until its own heartbeat
        at(sim, 11, () -> c.server(0).onClientRequest(100));                    // X: S0 alone
        at(sim, 12, () -> c.server(1).campaignAfter(0));                        // S1 leads term 2 with S2
        at(sim, 20, () -> c.server(1).onClientRequest(200));                    // Y: committed on S1 and S2
        at(sim, 40, () -> c.server(0).campaignAfter(0));                        // term 3: only a corrupted log votes for S0
        at(sim, 45, () -> c.server(2).campaignAfter(0));
        return finish(c, 100);
    }
}
