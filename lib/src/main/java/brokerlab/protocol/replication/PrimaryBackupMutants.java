package brokerlab.protocol.replication;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MutantSuite;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;

import java.util.List;

/**
 * Synchronous primary-backup's planted-bug suite: five one-line mutants, hunted through the scripted zombie-primary
 * and slow-disk schedules and through random harsh fault plans on three brokers in one datacentre
 * ({@link FaultPlan#harsh}, 2 s of traffic at 200 writes/s). The checker: an acknowledged write missing from a
 * new or the final primary's log.
 */
public final class PrimaryBackupMutants extends MutantSuite<ReplicationBug> {
    private static final long SEED = 29;

    public PrimaryBackupMutants() {
        super("primary-backup-sync", ReplicationBug.values(), b -> b.description, ReplicationScenarios.ALL);
    }

    /** Random plan {@code k}: harsh faults on three brokers, synchronous replication. */
    @Override protected List<String> randomPlan(ReplicationBug bug, int k) {
        var t = Topology.ONE_DATACENTRE;
        var plan = FaultPlan.harsh(RandomStream.of(SEED, k, RandomStream.MISC), 3, 2000, 3, 0.02);
        var settings = ProtocolSettings.of(t, 3, PrimaryBackup.defaultTimeouts(t)).faults(plan).clientRate(200).drain(2000);
        return new PrimaryBackup(settings, true, PrimaryBackup.SHIP_INTERVAL, bug).run(RunLength.time(0, 2000), SEED, k).violations();
    }
}
