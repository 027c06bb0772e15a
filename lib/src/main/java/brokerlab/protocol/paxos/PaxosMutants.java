package brokerlab.protocol.paxos;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MutantSuite;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;

import java.util.List;

/**
 * Multi-Paxos's planted-bug suite: six one-line mutants, hunted through the scripted duelling proposers and slow-disk
 * crash and through random harsh fault plans on five nodes in one datacentre ({@link FaultPlan#harsh}, 2 s of
 * traffic at 200 ops/s).
 */
public final class PaxosMutants extends MutantSuite<PaxosBug> {
    private static final long SEED = 31;

    public PaxosMutants() {
        super("multi-paxos", PaxosBug.values(), b -> b.description, PaxosScenarios.ALL);
    }

    /** Random plan {@code k}: harsh faults on five nodes. */
    @Override protected List<String> randomPlan(PaxosBug bug, int k) {
        var t = Topology.ONE_DATACENTRE;
        var plan = FaultPlan.harsh(RandomStream.of(SEED, k, RandomStream.MISC), 5, 2000, 3, 0.02);
        var settings = ProtocolSettings.of(t, 5, MultiPaxos.defaultTimeouts(t)).faults(plan).clientRate(200).drain(1000);
        return new MultiPaxos(settings, bug).run(RunLength.time(0, 2000), SEED, k).violations();
    }
}
