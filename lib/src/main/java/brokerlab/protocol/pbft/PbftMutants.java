package brokerlab.protocol.pbft;

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
 * PBFT's planted-bug suite: five one-line mutants, hunted through the scripted view-change scenarios and through
 * random harsh fault plans on four replicas in one datacentre with one random Byzantine replica
 * ({@link FaultPlan#harsh}, 1.5 s of traffic at 50 ops/s: without checkpoints every view change re-issues the
 * whole history, so longer runs cost quadratically).
 */
public final class PbftMutants implements MutantSuite {
    private static final long SEED = 19;

    @Override public String protocol() { return "pbft"; }

    @Override public List<String> scenarios() { return List.copyOf(PbftScenarios.ALL.keySet()); }

    @Override public List<String> scenario(String name) {
        var s = PbftScenarios.ALL.get(name);
        if (s == null) throw Check.fail("scenario", name, "PBFT has no such scenario", "one of " + scenarios());
        return s.apply(null);
    }

    @Override public List<MutantResult> hunt(int randomPlans) {
        return MutantHunt.run(protocol(), List.of(PbftBug.values()), b -> b.description, PbftScenarios.ALL, PbftMutants::randomPlan, randomPlans);
    }

    /** Random plan {@code k}: harsh faults on four replicas, one of them Byzantine. */
    static List<String> randomPlan(PbftBug bug, int k) {
        var t = Topology.ONE_DATACENTRE;
        var rng = RandomStream.of(SEED, k, RandomStream.MISC);
        var plan = FaultPlan.harsh(rng, 4, 1500, 2, 0.02).byzantine(rng.nextInt(4));
        var settings = ProtocolSettings.of(t, 4, Pbft.defaultTimeouts(t)).faults(plan).clientRate(50).drain(1500);
        return new Pbft(settings, bug).run(RunLength.time(0, 1500), SEED, k).violations();
    }
}
