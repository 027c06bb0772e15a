package brokerlab.consistency;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class StaleReadsTest {
    @Test
    void aReadOfAnOverwrittenValueIsStale() {
        var s = StaleReads.of(Histories.of("p0 invoke write x 1", "p0 ok write x 1", "p0 invoke write x 2", "p0 ok write x 2",
                "p1 invoke read x", "p1 ok read x 1", "p1 invoke read x", "p1 ok read x 2"));
        assertEquals(new StaleReads(2, 1), s);
        assertEquals(0.5, s.rate());
    }

    @Test
    void readingNothingAfterACompletedWriteIsStale() {
        assertEquals(new StaleReads(1, 1), StaleReads.of(Histories.of("p0 invoke write x 1", "p0 ok write x 1", "p1 invoke read x", "p1 ok read x null")));
    }

    @Test
    void readsRacingAWriteAreNotStale() {
        // the new-old inversion is not linearizable, but neither read is stale: write 2 was still in flight
        var h = Histories.of("p0 invoke write x 1", "p0 ok write x 1", "p0 invoke write x 2", "p1 invoke read x", "p1 ok read x 2",
                "p2 invoke read x", "p2 ok read x 1", "p0 ok write x 2");
        assertEquals(new StaleReads(2, 0), StaleReads.of(h));
        assertFalse(LinearizabilityChecker.check(h).linearizable());
    }

    @Test
    void aWriteWithUnknownOutcomeNeverMakesItsValueStale() {
        assertEquals(new StaleReads(1, 0), StaleReads.of(Histories.of("p0 invoke write x 1", "p0 info write x 1",
                "p0 invoke write x 2", "p0 ok write x 2", "p1 invoke read x", "p1 ok read x 1")));
    }

    @Test
    void keysAreCountedSeparately() {
        // x's read of 1 would be stale only if it were judged against y's writes
        assertEquals(new StaleReads(1, 0), StaleReads.of(Histories.of("p0 invoke write x 1", "p0 ok write x 1",
                "p0 invoke write y 2", "p0 ok write y 2", "p1 invoke read x", "p1 ok read x 1")));
    }

    @Test
    void aCorrectStoreHasNoStaleReadsAndAStaleStoreHasSome() {
        var w = InMemoryStore.Workload.register(5, 2000);
        assertEquals(0, StaleReads.of(InMemoryStore.run(InMemoryStore.Bug.NONE, w, 3)).stale());
        assertTrue(StaleReads.of(InMemoryStore.run(InMemoryStore.Bug.STALE_READ, w, 3)).stale() > 0);
    }
}
