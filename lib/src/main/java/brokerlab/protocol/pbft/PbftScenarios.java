package brokerlab.protocol.pbft;

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
 * Scripted PBFT schedules on four replicas (f = 1): every link takes exactly 1 ms, no CPU time, a 50 ms view-change
 * timeout and a client that never times out. Request X goes to every replica at t = 1; one-way cuts decide who
 * pre-prepares, prepares and commits it; at t = 51 the backups' request timers start a view change to view 1, whose
 * primary R1 gets request Y the moment it installs the view.
 */
final class PbftScenarios {
    private PbftScenarios() {}

    static final Map<String, Function<PbftBug, List<String>>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("view change racing a commit", PbftScenarios::viewChangeRacingACommit);
        ALL.put("view change without a lone certificate", PbftScenarios::loneCertificate);
    }

    private static final long X = 100, Y = 200, W = 300;

    private static PbftCluster cluster(PbftBug bug) {
        var settings = ProtocolSettings.of(Topology.uniform("scripted", LinkDelay.fixed(1)), 4, new Timeouts(50, 0, 10, 1e6, 1, 0, 50))
                .node(NodeConfig.noCpu(LinkDelay.fixed(0.1)));
        PbftCluster c = new PbftCluster(settings, bug, 0, 0);
        c.start();
        Simulator sim = c.simulator();
        sim.schedule(1, () -> { for (int i = 0; i < 4; i++) c.request(i, X); });
        Watch.when(sim, 0.05, 200, () -> c.view(1) == 1 && !c.changing(1), () -> c.request(1, Y));
        return c;
    }

    private static List<String> finish(PbftCluster c) {
        c.simulator().runUntil(300);
        return c.metrics().violations();
    }

    /**
     * R1 commits X at sequence 0 (with R0 and R2's commits); R2 is prepared but its commits are cut off; R3 never
     * saw the pre-prepare; then the primary R0 crashes. The new primary R1 must carry R2's and its own prepared
     * certificate into view 1, so Y gets sequence 1; a primary that drops them gives Y sequence 0, which R1 already
     * committed to X.
     */
    static List<String> viewChangeRacingACommit(PbftBug bug) {
        PbftCluster c = cluster(bug);
        Network net = c.network();
        net.cut(0, 10, new int[]{0}, new int[]{3});
        net.cut(3.5, 10, new int[]{0, 1}, new int[]{2});
        c.simulator().schedule(5, () -> net.crash(0));
        return finish(c);
    }

    /**
     * Only R2 becomes prepared for X at sequence 0 (R0 hears no prepares, R1 misses R2's, R3 the pre-prepare); W, sent
     * at t = 20, is prepared everywhere at sequence 1 but cannot execute before 0. R2's view change never reaches R1,
     * so view 1 starts without X's certificate and fills sequence 0 with a null request. Harmless when R2 waited for
     * a commit certificate; a replica that executed X when prepared now disagrees with the others at sequence 0.
     */
    static List<String> loneCertificate(PbftBug bug) {
        PbftCluster c = cluster(bug);
        Network net = c.network();
        c.simulator().schedule(20, () -> { for (int i = 0; i < 4; i++) c.request(i, W); });
        net.cut(0, 10, new int[]{0}, new int[]{3});
        net.cut(0, 10, new int[]{1, 2}, new int[]{0});
        net.cut(0, 1e6, new int[]{2}, new int[]{1});
        return finish(c);
    }
}
