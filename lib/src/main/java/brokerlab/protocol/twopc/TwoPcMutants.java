package brokerlab.protocol.twopc;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MutantSuite;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;

import java.util.List;

/**
 * Two-phase commit's planted-bug suite: five one-line mutants, hunted through the scripted slow-disk crashes and
 * through random harsh fault plans on a coordinator and three participants in one datacentre, each voting no with
 * probability 0.1 ({@link FaultPlan#harsh}, 2 s of traffic at 100 transactions/s).
 */
public final class TwoPcMutants extends MutantSuite<TwoPcBug> {
    private static final long SEED = 23;

    public TwoPcMutants() {
        super("2pc", TwoPcBug.values(), b -> b.description, TwoPcScenarios.ALL);
    }

    /** Random plan {@code k}: harsh faults on the coordinator and three participants. */
    @Override protected List<String> randomPlan(TwoPcBug bug, int k) {
        var t = Topology.ONE_DATACENTRE;
        var plan = FaultPlan.harsh(RandomStream.of(SEED, k, RandomStream.MISC), 4, 2000, 3, 0.02);
        var settings = ProtocolSettings.of(t, 3, TwoPhaseCommit.defaultTimeouts(t)).faults(plan).clientRate(100).drain(2000);
        return new TwoPhaseCommit(settings, 0.1, bug).run(RunLength.time(0, 2000), SEED, k).violations();
    }
}
