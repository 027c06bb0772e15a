package brokerlab.experiment;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReplicationsTest {

    private static double replication(int r) {
        RandomStream rng = RandomStream.of(7, r, RandomStream.SERVICE);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) sum += rng.nextExponential();
        return sum / 10_000;
    }

    @Test
    void progressOverloadGivesTheSameResultsInReplicationOrder() {
        List<Double> plain = Replications.run(40, ReplicationsTest::replication);
        List<Double> withProgress = Replications.run(40, ReplicationsTest::replication, Progress.NONE);
        assertEquals(plain, withProgress);                  // same seed, same numbers, whatever the threads
    }

    @Test
    void progressIsCalledFromTheCallingThreadCountingUpToTotal() {
        Thread caller = Thread.currentThread();
        List<Long> seen = new ArrayList<>();
        Replications.run(25, ReplicationsTest::replication, (done, total, message) -> {
            assertSame(caller, Thread.currentThread());
            assertEquals(25, total);
            seen.add(done);
        });
        List<Long> expected = new ArrayList<>();
        for (long k = 1; k <= 25; k++) expected.add(k);
        assertEquals(expected, seen);
    }

    @Test
    void aFailingReplicationIsRethrownToTheCaller() {
        var e = assertThrows(IllegalArgumentException.class, () -> Replications.run(8, r -> {
            if (r == 5) throw new IllegalArgumentException("bad replication 5");
            return r;
        }, Progress.NONE));
        assertEquals("bad replication 5", e.getMessage());
    }

    @Test
    void exponentialMeanIsInsideTheReplicationInterval() {
        // Each replication averages 10,000 Exp(1) draws: exact mean 1.
        var ci = Replications.ci95(Replications.run(30, ReplicationsTest::replication, Progress.NONE), x -> x);
        assertTrue(ci.contains(1.0), ci::toString);
    }

    @Test
    void rejectsZeroReplications() {
        var e = assertThrows(IllegalArgumentException.class, () -> Replications.run(0, r -> r, Progress.NONE));
        assertTrue(e.getMessage().contains("replications"), e.getMessage());
    }

    @Test
    void aCancellationStopsNewReplicationsAndReturnsTheFinishedOnesInOrder() {
        Cancellation stop = new Cancellation();
        List<Double> all = Replications.run(40, ReplicationsTest::replication);
        List<Double> some = Replications.run(40, ReplicationsTest::replication, 2, (done, total, message) -> {
            if (done == 5) stop.cancel("enough");
        }, stop);
        assertTrue(some.size() >= 5 && some.size() < 40, "finished: " + some.size());
        // each returned value is its replication's own value: a sub-list of the full run, in order
        int at = 0;
        for (double v : some) {
            while (all.get(at) != v) at++;
            at++;
        }
        assertEquals("enough", stop.reason());
    }

    @Test
    void aCancellationBeforeTheStartFinishesNothing() {
        Cancellation stop = new Cancellation();
        stop.cancel("at once");
        assertEquals(List.of(), Replications.run(10, r -> 1.0, 2, Progress.NONE, stop));
    }

    @Test
    void theSharedNeverCancellationCannotBeCancelled() {
        var e = assertThrows(IllegalArgumentException.class, () -> Cancellation.NEVER.cancel("no"));
        assertTrue(e.getMessage().contains("new Cancellation()"), e.getMessage());
        assertFalse(Cancellation.NEVER.isCancelled());
    }
}
