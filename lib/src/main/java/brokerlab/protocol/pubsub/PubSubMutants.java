package brokerlab.protocol.pubsub;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.MutantSuite;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.random.RandomStream;

import java.util.List;

/**
 * Synchronous, fenced pub/sub's planted-bug suite: the mutants of {@code PubSubBug} (no fencing, a wrong quorum,
 * an unclean election, no deduplication of retries), hunted through the scripted zombie-primary, lagging-backup and
 * lost-acknowledgement schedules and through random crash and partition plans ({@link FaultPlan#random}, two of
 * each over 2 s, no message loss) on {@link PubSub#defaults()}. The checker: an acknowledged message missing from the final primary's log or never
 * delivered to a subscriber, or a message stored twice in it.
 */
public final class PubSubMutants extends MutantSuite<PubSubBug> {
    private static final long SEED = 31;

    public PubSubMutants() {
        super("pub-sub-sync", PubSubBug.values(), b -> b.description, PubSubScenarios.ALL);
    }

    @Override protected List<String> randomPlan(PubSubBug bug, int k) {
        var plan = FaultPlan.random(RandomStream.of(SEED, k, RandomStream.MISC), 3, 2000, 2, 0);
        var m = PubSub.defaults();
        m = m.settings(m.settings().faults(plan));
        return new PubSubCluster(m, bug, SEED, k).run(RunLength.time(0, 2000)).violations();
    }
}
