package brokerlab.protocol.replication;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.ReadMode;
import brokerlab.protocol.Timeouts;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.theory.CommitLatency;
import brokerlab.protocol.theory.GridDistribution;
import brokerlab.protocol.theory.MessageCounts;
import brokerlab.util.Check;

import java.util.EnumSet;
import java.util.Set;

/**
 * Primary-backup broker replication with a coordination service choosing the primary, as a {@link ProtocolModel}
 * (see {@code ReplicationCluster}). Synchronous: a write is acknowledged after the primary's and every in-sync
 * backup's forced write. Asynchronous: after the primary's own, with what accumulated shipped to the backups every
 * {@code shipInterval} ms (replication lag, like a follower's fetch loop).
 */
public final class PrimaryBackup implements ProtocolModel {
    /** The default shipping interval of asynchronous replication, 5 ms (an assumption; Kafka followers fetch continuously). */
    public static final double SHIP_INTERVAL = 5;
    /** Reads from the primary while its session lease holds, or from any backup. */
    private static final Set<ReadMode> READS = EnumSet.of(ReadMode.LEASE, ReadMode.FOLLOWER);

    private final ProtocolSettings settings;
    private final boolean synchronous;
    private final double shipInterval;
    private final ReplicationBug bug;

    /** A model with a planted bug (null: none); only {@code PrimaryBackupMutants} plants one. */
    PrimaryBackup(ProtocolSettings settings, boolean synchronous, double shipInterval, ReplicationBug bug) {
        this.settings = Check.notNull("settings", settings).crashFaultsOnly("Primary-backup").readsIn("Primary-backup", READS);
        this.synchronous = synchronous;
        this.shipInterval = Check.positive("shipInterval", shipInterval);
        this.bug = bug;
    }

    /** Synchronous replication. */
    public static PrimaryBackup sync(ProtocolSettings settings) {
        return new PrimaryBackup(settings, true, SHIP_INTERVAL, null);
    }

    /** Asynchronous replication shipping every {@code shipInterval} ms. */
    public static PrimaryBackup async(ProtocolSettings settings, double shipInterval) {
        return new PrimaryBackup(settings, false, shipInterval, null);
    }

    /**
     * A session timeout of max(600, 10 rtt) with pings every third of it, and a client retry after max(300, 5 rtt)
     * ms. Kafka's default session timeout was 6-18 s over the versions; a few seconds is typical for fast failover.
     */
    public static Timeouts defaultTimeouts(Topology t) {
        double rtt = t.maxRoundTrip(), session = Math.max(600, 10 * rtt);
        return new Timeouts(session, 0, session / 3, Math.max(300, 5 * rtt), 1, 0, Timeouts.availabilityFor(rtt));
    }

    public boolean synchronous() { return synchronous; }

    /** From the primary under its session lease ({@code LEASE}), or from any backup ({@code FOLLOWER}). */
    @Override public Set<ReadMode> readModes() { return READS; }
    public double shipInterval() { return shipInterval; }

    @Override public String name() { return synchronous ? "primary-backup-sync" : "primary-backup-async"; }
    @Override public ProtocolSettings settings() { return settings; }
    @Override public PrimaryBackup with(ProtocolSettings s) { return new PrimaryBackup(s, synchronous, shipInterval, bug); }

    @Override public ProtocolRun run(RunLength length, long seed, int replication) {
        return new ReplicationCluster(settings, synchronous, shipInterval, bug, seed, replication).run(length);
    }

    private int primary() { return Math.max(0, settings.leader()); }

    @Override public double predictedCommit() {
        var t = settings.topology();
        if (!synchronous) return settings.node().fsync().mean();
        return CommitLatency.allReplicas(t, settings.nodes(), primary(), settings.node(), CommitLatency.defaultStep(t, settings.node())).mean();
    }

    @Override public double predictedCommitPercentile(double q) {
        Check.openUnit("q", q);
        var t = settings.topology();
        double h = CommitLatency.defaultStep(t, settings.node());
        return synchronous ? CommitLatency.allReplicas(t, settings.nodes(), primary(), settings.node(), h).quantile(q)
                : GridDistribution.of(settings.node().fsync(), h).quantile(q);
    }

    @Override public double predictedResponse() {
        double commit = predictedCommit();
        return CommitLatency.leaderResponseMean(settings.topology(), settings.nodes(), primary(), settings.node(), l -> commit);
    }

    @Override public double predictedMessagesPerEntry() {
        int n = settings.nodes();
        return synchronous ? MessageCounts.primaryBackup(n) : MessageCounts.primaryBackupAsync(n, settings.clientRate(), shipInterval);
    }

    @Override public String toString() { return describe(); }
}
