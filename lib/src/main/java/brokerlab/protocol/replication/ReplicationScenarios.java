package brokerlab.protocol.replication;

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
 * Scripted schedules for synchronous primary-backup on three brokers: every link takes exactly 1 ms, every forced
 * write 0.1 ms, a 60 ms session timeout with pings every 20 ms, and writes sent straight to a broker at set times.
 */
final class ReplicationScenarios {
    private ReplicationScenarios() {}

    static final Map<String, Function<ReplicationBug, List<String>>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("zombie primary", ReplicationScenarios::zombiePrimary);
        ALL.put("ack before fsync on a slow disk", ReplicationScenarios::ackBeforeFsync);
        ALL.put("lagging backup left alone", ReplicationScenarios::laggingBackupLeftAlone);
        ALL.put("lagging backup rejoins", ReplicationScenarios::laggingBackupRejoins);
    }

    private static ReplicationCluster cluster(ReplicationBug bug) {
        var settings = ProtocolSettings.of(Topology.uniform("scripted", LinkDelay.fixed(1)), 3, new Timeouts(60, 0, 20, 1e6, 1, 0, 50))
                .node(NodeConfig.noCpu(LinkDelay.fixed(0.1)));
        ReplicationCluster c = new ReplicationCluster(settings, true, PrimaryBackup.SHIP_INTERVAL, bug, 0, 0);
        c.start();
        return c;
    }

    private static List<String> finish(ReplicationCluster c, double until) {
        c.simulator().runUntil(until);
        c.finish();
        return c.metrics().violations();
    }

    /**
     * Primary 0 is cut off from the backups and the service at t = 10 but not from the client, and its clock runs at
     * a quarter of real time, so its lease (a session timeout without a pong, on its own clock) outlives the service's
     * patience fourfold: the service makes a backup primary of epoch 1 while 0 still takes writes (t = 100 to 200).
     * A zombie that needs every in-sync backup acknowledges nothing; one that drops silent backups on its own
     * acknowledges writes the new primary never sees.
     */
    static List<String> zombiePrimary(ReplicationBug bug) {
        ReplicationCluster c = cluster(bug);
        Simulator sim = c.simulator();
        Network net = c.network();
        net.cut(10, 1e6, new int[]{0}, new int[]{1, 2, net.service()});
        net.cut(10, 1e6, new int[]{1, 2, net.service()}, new int[]{0});
        sim.schedule(10, () -> net.clockRate(0, 0.25));
        for (int k = 0; k < 10; k++) { long op = 100 + k; sim.schedule(100 + 10 * k, () -> c.produce(0, op)); }
        return finish(c, 600);
    }

    /**
     * Backup 1's disk becomes 1000 times slower (100 ms writes) and write W reaches it at t = 11; at t = 20 every
     * broker crashes, and only backup 1 returns (t = 25), so the service makes it primary. Acknowledging after its
     * forced write it never acknowledged W, so W was never acknowledged; acknowledging before, W was acknowledged
     * and is gone.
     */
    static List<String> ackBeforeFsync(ReplicationBug bug) {
        ReplicationCluster c = cluster(bug);
        Simulator sim = c.simulator();
        Network net = c.network();
        sim.schedule(5, () -> net.slow(1, 1, 1000));
        sim.schedule(10, () -> c.produce(0, 100));
        sim.schedule(20, () -> { for (int b = 0; b < 3; b++) net.crash(b); });
        sim.schedule(25, () -> net.recover(1));
        return finish(c, 600);
    }

    /** Backup 2 is cut off from primary 0 at t = 10; writes from t = 20 stall until the service drops 2 from the in-sync set. */
    private static ReplicationCluster lagging(ReplicationBug bug, double healAt) {
        ReplicationCluster c = cluster(bug);
        Simulator sim = c.simulator();
        Network net = c.network();
        net.cut(10, healAt, new int[]{0}, new int[]{2});
        net.cut(10, healAt, new int[]{2}, new int[]{0});
        for (int k = 0; k < 26; k++) { long op = 100 + k; sim.schedule(20 + 5 * k, () -> c.produce(0, op)); }
        return c;
    }

    /**
     * Backup 2 stays cut off from primary 0 and out of the in-sync set; at t = 300 brokers 0 and 1 crash for good.
     * With no in-sync broker alive the service must leave the cluster without a primary; electing 2 loses every
     * write acknowledged since it fell behind.
     */
    static List<String> laggingBackupLeftAlone(ReplicationBug bug) {
        ReplicationCluster c = lagging(bug, 1e6);
        c.simulator().schedule(300, () -> { c.network().crash(0); c.network().crash(1); });
        return finish(c, 800);
    }

    /**
     * The cut heals at t = 150 and backup 2, whose disk is now 1000 times slower, catches up while writes keep coming
     * every 0.5 ms until t = 200; the moment the service counts 2 in sync again, every broker crashes, only 2 returns
     * (5 ms later) and it becomes primary. Rejoining only when caught up, it has every acknowledged write on disk;
     * rejoining on its first acknowledgement, it lacks those acknowledged without it since.
     */
    static List<String> laggingBackupRejoins(ReplicationBug bug) {
        ReplicationCluster c = lagging(bug, 150);
        Simulator sim = c.simulator();
        sim.schedule(150, () -> c.network().slow(2, 1, 1000));                  // its acknowledgements now lag 100 ms
        for (int k = 0; k < 100; k++) { long op = 1000 + k; sim.schedule(150 + 0.5 * k, () -> c.produce(0, op)); }
        Network net = c.network();
        Watch.when(sim, 0.05, 600, () -> sim.now() > 150 && c.inSync(2), () -> {
            for (int b = 0; b < 3; b++) net.crash(b);
            sim.schedule(5, () -> net.recover(2));
        });
        return finish(c, 1000);
    }
}
