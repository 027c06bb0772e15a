package brokerlab.protocol.twopc;

import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scripted two-phase commit schedules with three participants: every link takes exactly 1 ms, every forced write
 * 0.1 ms except on the one slow disk (1000 times slower, 100 ms), a 300 ms vote timeout and decisions retried every
 * 50 ms. One transaction reaches the coordinator at t = 1; a crash falls inside the slow forced write.
 */
final class TwoPcScenarios {
    private TwoPcScenarios() {}

    static final Map<String, Function<TwoPcBug, List<String>>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("participant crash inside a slow prepare write", TwoPcScenarios::slowParticipant);
        ALL.put("coordinator crash inside a slow decision write", TwoPcScenarios::slowCoordinator);
    }

    private static List<String> run(TwoPcBug bug, int slowNode) {
        var settings = ProtocolSettings.of(Topology.uniform("scripted", LinkDelay.fixed(1)), 3, new Timeouts(300, 0, 50, 1e6, 1, 0, 50))
                .node(NodeConfig.noCpu(LinkDelay.fixed(0.1)));
        TwoPcCluster c = new TwoPcCluster(settings, 0, bug, 0, 0);
        c.start();
        Network net = c.network();
        net.slow(slowNode, 1, 1000);
        c.simulator().schedule(1, () -> c.request(7));
        c.simulator().schedule(50, () -> net.crash(slowNode));
        c.simulator().schedule(60, () -> net.recover(slowNode));
        c.simulator().runUntil(1000);
        return c.metrics().violations();
    }

    /**
     * Participant 1's prepared record takes 100 ms to force and it crashes at t = 50. Voting after the write, it never
     * voted and the coordinator aborts at its vote timeout; voting before it, it lets the coordinator commit and then
     * commits a transaction whose work its crash erased.
     */
    static List<String> slowParticipant(TwoPcBug bug) {
        return run(bug, 1);
    }

    /**
     * The coordinator's commit record takes 100 ms to force and it crashes at t = 50. Announcing after the write, it
     * announced nothing and presumes abort on recovery; announcing before it, participants commit what recovery
     * aborts.
     */
    static List<String> slowCoordinator(TwoPcBug bug) {
        return run(bug, 0);
    }
}
