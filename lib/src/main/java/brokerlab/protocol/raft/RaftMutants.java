package brokerlab.protocol.raft;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MutantSuite;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;

import java.util.List;

/**
 * Raft's planted-bug suite: seven one-line mutants, hunted through the scripted scenarios (Figure 8, a double vote
 * after a crash, an acknowledgement before the forced write on a slow disk, a stale leader after a partition) and through random harsh fault plans
 * on five servers in one datacentre ({@link FaultPlan#harsh}, 2 s of traffic at 200 ops/s).
 */
public final class RaftMutants extends MutantSuite<RaftBug> {
    private static final long SEED = 17;

    public RaftMutants() {
        super("raft", RaftBug.values(), b -> b.description, RaftScenarios.ALL);
    }

    /** Random plan {@code k}: harsh faults on five servers (the correct protocol, bug = null, must stay safe). */
    @Override protected List<String> randomPlan(RaftBug bug, int k) {
        var t = Topology.ONE_DATACENTRE;
        var plan = FaultPlan.harsh(RandomStream.of(SEED, k, RandomStream.MISC), 5, 2000, 3, 0.02);
        var settings = ProtocolSettings.of(t, 5, Raft.defaultTimeouts(t)).faults(plan).clientRate(200).drain(1000);
        return new Raft(settings, bug).run(RunLength.time(0, 2000), SEED, k).violations();
    }
}
