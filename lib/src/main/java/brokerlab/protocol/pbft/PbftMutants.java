package brokerlab.protocol.pbft;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MutantSuite;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;

import java.util.List;

/**
 * PBFT's planted-bug suite: five one-line mutants, hunted through the scripted view-change scenarios and through
 * random harsh fault plans on four replicas in one datacentre with one random Byzantine replica
 * ({@link FaultPlan#harsh}, 1.5 s of traffic at 50 ops/s: without checkpoints every view change re-issues the
 * whole history, so longer runs cost quadratically).
 */
public final class PbftMutants extends MutantSuite<PbftBug> {
    private static final long SEED = 19;

    public PbftMutants() {
        super("pbft", PbftBug.values(), b -> b.description, PbftScenarios.ALL);
    }

    /** Random plan {@code k}: harsh faults on four replicas, one of them Byzantine. */
    @Override protected List<String> randomPlan(PbftBug bug, int k) {
        var t = Topology.ONE_DATACENTRE;
        var rng = RandomStream.of(SEED, k, RandomStream.MISC);
        var plan = FaultPlan.harsh(rng, 4, 1500, 2, 0.02).byzantine(rng.nextInt(4));
        var settings = ProtocolSettings.of(t, 4, Pbft.defaultTimeouts(t)).faults(plan).clientRate(50).drain(1500);
        return new Pbft(settings, bug).run(RunLength.time(0, 1500), SEED, k).violations();
    }
}
