package brokerlab.protocol.pubsub;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.net.FaultPlan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scripted fault schedules for synchronous, fenced pub/sub with {@link PubSub#defaults()} (three brokers in one
 * datacentre, a 600 ms session timeout, 200 messages/s): each returns the violations the checker found, none on
 * the correct protocol.
 */
final class PubSubScenarios {
    private PubSubScenarios() {}

    static final Map<String, Function<PubSubBug, List<String>>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("zombie primary", PubSubScenarios::zombiePrimary);
        ALL.put("lagging backup, early crash", PubSubScenarios::laggingBackupEarlyCrash);
        ALL.put("lagging backup, late crash", PubSubScenarios::laggingBackupLateCrash);
        ALL.put("lost acknowledgements", PubSubScenarios::lostAcknowledgements);
    }

    private static List<String> run(PubSub m, PubSubBug bug) {
        var c = new PubSubCluster(m, bug, 7, 0);
        return c.run(RunLength.time(0, 4000)).violations();
    }

    /**
     * The primary is cut off from the ensemble from t = 1 s to 3 s but still reaches the backups and the clients.
     * Fenced, it stops acknowledging (the new primary refuses its epoch; the ensemble refuses its in-sync-set shrink)
     * and stops serving when its lease runs out; unfenced, it drops the new primary from its in-sync set, keeps
     * acknowledging with the other backup and its clients stay with it.
     */
    static List<String> zombiePrimary(PubSubBug bug) {
        return run(PubSub.defaults().fault(FailoverFault.of(FailoverFault.Kind.PRIMARY_PARTITIONED, 1000, 2000)), bug);
    }

    /**
     * Primary 0's answers stop reaching the client at t = 1 s and it crashes 100 ms later: the messages of those
     * 100 ms are on every in-sync backup, committed, but the producer never heard so and retries them at the next
     * primary, which must acknowledge them without storing them again (the idempotent producer).
     */
    static List<String> lostAcknowledgements(PubSubBug bug) {
        int[] p = {0}, c = {FaultPlan.CLIENT};
        var plan = FaultPlan.none().cut(1000, 1e6, p, c).crash(0, 1100);
        var m = PubSub.defaults();
        return run(m.settings(m.settings().faults(plan)), bug);
    }

    /** Backup 2 is cut off from primary 0 from t = 0.5 s (both ways); brokers 0 and 1 crash for good at {@code crashAt}. */
    private static PubSub lagging(double crashAt) {
        int[] p = {0}, b = {2};
        var plan = FaultPlan.none().cut(500, 1e6, p, b).cut(500, 1e6, b, p).crash(0, crashAt).crash(1, crashAt);
        var m = PubSub.defaults();
        return m.settings(m.settings().faults(plan));
    }

    /**
     * The crash comes 300 ms after the cut, before the primary may drop backup 2 (a session timeout): nothing has been
     * acknowledged since the cut, so the ensemble may appoint 2. A primary that acknowledges after one backup has
     * acknowledged messages 2 never got.
     */
    static List<String> laggingBackupEarlyCrash(PubSubBug bug) {
        return run(lagging(800), bug);
    }

    /**
     * The crash comes 2 s after the cut, when 2 has left the in-sync set and the primary acknowledges without it: the
     * ensemble must leave the topic without a primary; appointing 2 loses every message acknowledged since the cut.
     */
    static List<String> laggingBackupLateCrash(PubSubBug bug) {
        return run(lagging(2500), bug);
    }
}
