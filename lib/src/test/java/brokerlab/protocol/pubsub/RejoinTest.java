package brokerlab.protocol.pubsub;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.ScenarioTrace;
import brokerlab.protocol.net.FaultPlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A backup dropped from the in-sync set while cut off from the primary catches up once the cut heals and rejoins.
 * Defaults: three brokers, a 600 ms session timeout, pings every 200 ms, 200 messages/s, synchronous and fenced.
 */
class RejoinTest {
    private static final int[] PRIMARY = {0}, BACKUP = {2};

    /** Backup 2 cut off from primary 0 both ways from t = 0.5 s until {@code healAt}, plus {@code more}. */
    private static PubSub cutOff(double healAt, FaultPlan more) {
        var plan = more.cut(500, healAt, PRIMARY, BACKUP).cut(500, healAt, BACKUP, PRIMARY);
        var m = PubSub.defaults();
        return m.settings(m.settings().faults(plan));
    }

    private static final class Outcome {
        PubSubRun run;
        Set<Integer> inSync;
    }

    private static Outcome run(PubSub m, double ms) {
        var c = new PubSubCluster(m, null, 5, 0);
        var out = new Outcome();
        var producer = c.run(RunLength.time(0, ms));
        out.run = PubSubRun.of(c.tally, producer);
        out.inSync = c.inSync();
        return out;
    }

    @Test
    void aBackupCutOffForGoodLeavesTheInSyncSet() {
        // silent for more than a session timeout, it is dropped so that the primary may acknowledge without it
        var o = run(cutOff(1e6, FaultPlan.none()), 3000);
        assertEquals(Set.of(0, 1), o.inSync);
        assertEquals(List.of(), o.run.violations());
    }

    @Test
    void aDroppedBackupCatchesUpAndRejoinsOnceTheCutHeals() {
        // identical to the run above until the cut heals at 1.5 s (same seed): dropped by then, back in the set later
        var trace = ScenarioTrace.record(() -> {
            var o = run(cutOff(1500, FaultPlan.none()), 3000);
            assertEquals(Set.of(0, 1, 2), o.inSync);
            return o.run.violations();
        });
        assertEquals(List.of(), trace.violations());
        var rejoin = trace.lines().stream().filter(l -> l.text().equals("broker 2 caught up with primary 0 and rejoins")).toList();
        assertEquals(1, rejoin.size(), trace.lines()::toString);
        // the cut heals 1.5 s after traffic starts, which itself starts after the cold start: the rejoin comes after it
        assertTrue(rejoin.get(0).time() > 1500, () -> "rejoined at " + rejoin.get(0).time());
    }

    @Test
    void aFailoverToTheRejoinedBackupLosesNothingUnderSynchronousReplicationWithFencing() {
        // after the rejoin brokers 0 and 1 crash for good: only 2 is left, the ensemble may appoint it (it is in sync
        // again), and it holds every acknowledged message
        var o = run(cutOff(1500, FaultPlan.none().crash(0, 3000).crash(1, 3000)), 4500);
        assertEquals(1, o.run.get(PubSubRun.PRIMARY_CHANGES), "broker 2 took over");
        assertTrue(o.run.acknowledged() > 600, () -> "acknowledged " + o.run.acknowledged());   // 200/s for 4.5 s
        assertEquals(0, o.run.lostInLog());
        assertEquals(0, o.run.lost());
        assertEquals(List.of(), o.run.violations());
    }
}
