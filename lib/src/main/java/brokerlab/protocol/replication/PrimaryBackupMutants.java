package brokerlab.protocol.replication;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MutantHunt;
import brokerlab.protocol.MutantResult;
import brokerlab.protocol.MutantSuite;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.List;

/**
 * Synchronous primary-backup's planted-bug suite: five one-line mutants, hunted through the scripted zombie-primary
 * and slow-disk schedules and through random harsh fault plans on three brokers in one datacentre
 * ({@link FaultPlan#harsh}, 2 s of traffic at 200 writes/s). The checker: an acknowledged write missing from a
 * new or the final primary's log.
 */
public final class PrimaryBackupMutants implements MutantSuite {
    private static final long SEED = 29;

    @Override public String protocol() { return "primary-backup-sync"; }

    @Override public List<String> scenarios() { return List.copyOf(ReplicationScenarios.ALL.keySet()); }

    @Override public List<String> scenario(String name) {
        var s = ReplicationScenarios.ALL.get(name);
        if (s == null) throw Check.fail("scenario", name, "primary-backup has no such scenario", "one of " + scenarios());
        return s.apply(null);
    }

    @Override public List<MutantResult> hunt(int randomPlans) {
        return MutantHunt.run(protocol(), List.of(ReplicationBug.values()), b -> b.description, ReplicationScenarios.ALL,
                PrimaryBackupMutants::randomPlan, randomPlans);
    }

    /** Random plan {@code k}: harsh faults on three brokers, synchronous replication. */
    static List<String> randomPlan(ReplicationBug bug, int k) {
        var t = Topology.ONE_DATACENTRE;
        var plan = FaultPlan.harsh(RandomStream.of(SEED, k, RandomStream.MISC), 3, 2000, 3, 0.02);
        var settings = ProtocolSettings.of(t, 3, PrimaryBackup.defaultTimeouts(t)).faults(plan).clientRate(200).drain(2000);
        return new PrimaryBackup(settings, true, PrimaryBackup.SHIP_INTERVAL, bug).run(RunLength.time(0, 2000), SEED, k).violations();
    }
}
