package brokerlab.consistency;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class InMemoryStoreTest {
    private static final Budget BUDGET = Budget.states(2_000_000);

    private static int violations(InMemoryStore.Bug bug, InMemoryStore.Workload w, int seeds) {
        int bad = 0;
        for (int s = 0; s < seeds; s++) {
            Verdict v = LinearizabilityChecker.check(InMemoryStore.run(bug, w, s), BUDGET);
            assertNotEquals(Verdict.Outcome.UNKNOWN, v.outcome(), v::summary);
            if (!v.linearizable()) bad++;
        }
        return bad;
    }

    @Test
    void aCorrectStoreAlwaysGivesLinearizableHistories() {
        // effects at one instant inside each interval: linearizable by construction, timeouts included
        assertEquals(0, violations(InMemoryStore.Bug.NONE, InMemoryStore.Workload.register(5, 400), 40));
        assertEquals(0, violations(InMemoryStore.Bug.NONE, InMemoryStore.Workload.register(8, 400).keys(4), 40));
    }

    @Test
    void everyBrokenStoreIsCaughtInMostHistories() {
        var w = InMemoryStore.Workload.register(5, 400);
        for (var bug : new InMemoryStore.Bug[]{InMemoryStore.Bug.STALE_READ, InMemoryStore.Bug.LOST_WRITE, InMemoryStore.Bug.BLIND_CAS}) {
            int bad = violations(bug, w, 20);
            // 400 operations with the bug on 20% of the reads, writes or cases it concerns: dozens of chances each
            assertTrue(bad >= 18, bug + " caught in only " + bad + " of 20 histories");
        }
    }

    @Test
    void sameSeedSameHistory() {
        var w = InMemoryStore.Workload.register(4, 200).keys(3);
        var a = InMemoryStore.run(InMemoryStore.Bug.STALE_READ, w, 7).events();
        var b = InMemoryStore.run(InMemoryStore.Bug.STALE_READ, w, 7).events();
        assertEquals(a, b);
    }

    /** Checks 10^4 operations by 8 clients on one key, failing if it takes 30 s; the speed itself is measured in bench/. */
    private static Verdict checkTenThousand(InMemoryStore.Bug bug, long seed) {
        History h = InMemoryStore.run(bug, InMemoryStore.Workload.register(8, 10_000), seed);
        long t0 = System.nanoTime();
        Verdict v = LinearizabilityChecker.check(h, Budget.DEFAULT);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 30, "10^4 operations took " + seconds + " s");
        return v;
    }

    @Test
    void checksTenThousandOperationsWellWithinAGenerousBound() {
        Verdict v = checkTenThousand(InMemoryStore.Bug.NONE, 1);
        assertTrue(v.linearizable(), v::summary);
    }

    @Test
    void findsTheViolationInTenThousandOperationsOfABrokenStore() {
        Verdict v = checkTenThousand(InMemoryStore.Bug.LOST_WRITE, 2);
        assertEquals(Verdict.Outcome.NOT_LINEARIZABLE, v.outcome(), v::summary);
        assertTrue(v.counterexample().complete(), v.counterexample()::explanation);
    }

    @Test
    void rejectsAWorkloadWhoseFractionsExceedOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new InMemoryStore.Workload(2, 10, 1, 0.8, 0.3, 0, 0));
        assertTrue(e.getMessage().startsWith("casFraction = 0.3 is invalid"), e.getMessage());
    }
}
