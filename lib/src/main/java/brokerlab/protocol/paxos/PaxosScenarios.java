package brokerlab.protocol.paxos;

import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
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
 * Scripted Multi-Paxos schedules: every link takes exactly 1 ms, every forced write 0.1 ms, no CPU time, heartbeats
 * every 10 ms and election timers too long to fire (10^6 ms): every phase 1, client request, crash and one-way cut
 * happens when the script says. The checker decides a slot from every acceptor's durable acceptances and from every
 * learner, so a value chosen in a minority-unseen way still counts.
 */
final class PaxosScenarios {
    private PaxosScenarios() {}

    static final Map<String, Function<PaxosBug, List<String>>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("duelling proposers", PaxosScenarios::duellingProposers);
        ALL.put("ack before fsync on a slow disk", PaxosScenarios::ackBeforeFsync);
    }

    private static PaxosCluster cluster(int n, PaxosBug bug) {
        var settings = ProtocolSettings.of(Topology.uniform("scripted", LinkDelay.fixed(1)), n, new Timeouts(1e6, 0, 10, 1e6, 1, 0, 50))
                .node(NodeConfig.noCpu(LinkDelay.fixed(0.1)));
        PaxosCluster c = new PaxosCluster(settings, bug, 0, 0);
        c.start();
        return c;
    }

    private static void at(Simulator sim, double t, Runnable action) {
        sim.schedule(t - sim.now(), action);
    }

    /**
     * Five nodes. P0 leads with ballot 5 and V is chosen in slot 0 by acceptors 0, 1, 2 (P0's messages to 3 and 4 are
     * cut until t = 40, 2's to P0 from 15 to 22). P4, whose messages to 0 and 1 are cut too, prepares ballot 14 with 2, 3, 4 and
     * must re-propose V in slot 0 (acceptor 2 reports it). At t = 20 both leaders propose in slot 1 (P0: X, P4: W);
     * at t = 25 P0, still unaware of ballot 14, prepares ballot 10; at t = 30 both propose again (Z, Q). Only a
     * correct acceptor's ballot checks keep two values out of one slot, and only a learner that checks the ballot of
     * what it accepted learns W, not the X it accepted from P0, in slot 1 once the cuts heal.
     */
    static List<String> duellingProposers(PaxosBug bug) {
        PaxosCluster c = cluster(5, bug);
        Simulator sim = c.simulator();
        Network net = c.network();
        c.campaignAfter(0, 1);
        net.cut(5, 40, new int[]{0}, new int[]{3, 4});
        net.cut(5, 40, new int[]{4}, new int[]{0, 1});
        net.cut(15, 22, new int[]{2}, new int[]{0});                            // P0 hears of ballot 14 from no one
        at(sim, 10, () -> c.request(0, 100));                                   // V: chosen in slot 0 by 0, 1, 2
        at(sim, 12, () -> c.campaignAfter(4, 0));                               // ballot 14 with 2, 3, 4
        at(sim, 20, () -> { c.request(0, 300); c.request(4, 200); });           // X and W, both for slot 1
        at(sim, 25, () -> c.campaignAfter(0, 0));                               // ballot 10 < 14
        at(sim, 30, () -> { c.request(0, 500); c.request(4, 400); });           // Z and Q
        sim.runUntil(200);
        return c.metrics().violations();
    }

    /**
     * Three nodes. P0 leads; at t = 5 acceptor 1's disk becomes 1000 times slower (100 ms writes) and P0's messages to
     * 2 are cut; V reaches acceptor 1 at t = 11. Answering after its forced write, 1 has not answered when it
     * crashes at t = 20 (with P0, for good); answering before, it let P0 learn V chosen. Node 2 then leads with 1,
     * which lost V, and W takes slot 0.
     */
    static List<String> ackBeforeFsync(PaxosBug bug) {
        PaxosCluster c = cluster(3, bug);
        Simulator sim = c.simulator();
        Network net = c.network();
        c.campaignAfter(0, 1);
        at(sim, 5, () -> net.slow(1, 1, 1000));
        net.cut(5, 1e6, new int[]{0}, new int[]{2});
        at(sim, 10, () -> c.request(0, 100));
        at(sim, 20, () -> { net.crash(0); net.crash(1); });
        at(sim, 25, () -> net.recover(1));
        at(sim, 30, () -> c.campaignAfter(2, 0));
        at(sim, 400, () -> c.request(2, 200));
        sim.runUntil(600);
        return c.metrics().violations();
    }
}
