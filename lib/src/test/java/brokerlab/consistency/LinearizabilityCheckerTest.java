package brokerlab.consistency;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LinearizabilityCheckerTest {
    private static Verdict check(String... lines) {
        return LinearizabilityChecker.check(Histories.of(lines), Budget.states(1_000_000));
    }

    private static void linearizable(String... lines) {
        Verdict v = check(lines);
        assertEquals(Verdict.Outcome.LINEARIZABLE, v.outcome(), v::summary);
    }

    private static Counterexample notLinearizable(String... lines) {
        Verdict v = check(lines);
        assertEquals(Verdict.Outcome.NOT_LINEARIZABLE, v.outcome(), v::summary);
        assertNotNull(v.counterexample());
        return v.counterexample();
    }

    @Test
    void emptyHistoryIsLinearizable() {
        Verdict v = LinearizabilityChecker.check(HistoryFile.parse("empty", ""), Budget.DEFAULT);
        assertTrue(v.linearizable());
        assertEquals(0, v.operations());
    }

    @Test
    void sequentialWriteThenReadIsLinearizable() {
        linearizable("p0 invoke write x 1", "p0 ok write x 1", "p1 invoke read x", "p1 ok read x 1");
    }

    @Test
    void readBeforeAnyWriteSeesNull() {
        linearizable("p1 invoke read x", "p1 ok read x null", "p0 invoke write x 1", "p0 ok write x 1");
    }

    @Test
    void staleReadAfterACompletedWriteIsNotLinearizable() {
        // write 1 completes, then write 2 completes, then a read returns 1: 1 was overwritten before the read began
        Counterexample cx = notLinearizable("p0 invoke write x 1", "p0 ok write x 1", "p0 invoke write x 2", "p0 ok write x 2",
                "p1 invoke read x", "p1 ok read x 1");
        assertEquals("read(x) -> 1", cx.culprit().describe());
        assertEquals(List.of("2"), cx.valuesBefore(), "only write 2 can be the latest when the read starts");
        assertTrue(cx.concurrent().isEmpty());
        assertTrue(cx.explanation().contains("leaves key x = 2"), cx::explanation);
        assertTrue(cx.explanation().contains("lines 5-6"), cx::explanation);
    }

    @Test
    void readOfAValueNeverWrittenIsNotLinearizable() {
        Counterexample cx = notLinearizable("p0 invoke write x 1", "p0 ok write x 1", "p1 invoke read x", "p1 ok read x 7");
        assertEquals(List.of("1"), cx.valuesBefore());
    }

    @Test
    void newOldInversionBetweenTwoReadsDuringOneWriteIsNotLinearizable() {
        // write 2 is in flight; the first read sees 2 and completes, a later read sees the old 1 again
        Counterexample cx = notLinearizable("p0 invoke write x 1", "p0 ok write x 1",
                "p0 invoke write x 2", "p1 invoke read x", "p1 ok read x 2", "p2 invoke read x", "p2 ok read x 1", "p0 ok write x 2");
        assertEquals("read(x) -> 1", cx.culprit().describe());
        assertEquals(List.of("2"), cx.valuesBefore(), "the first read forces write 2 before it");
        assertEquals(1, cx.concurrent().size());
        assertEquals("write(x, 2)", cx.concurrent().get(0).describe());
    }

    @Test
    void readsDuringAWriteMaySeeOldThenNew() {
        linearizable("p0 invoke write x 1", "p0 ok write x 1",
                "p0 invoke write x 2", "p1 invoke read x", "p1 ok read x 1", "p2 invoke read x", "p2 ok read x 2", "p0 ok write x 2");
    }

    @Test
    void concurrentWritesMaySettleInEitherOrder() {
        String[] writes = {"p0 invoke write x 1", "p1 invoke write x 2", "p0 ok write x 1", "p1 ok write x 2"};
        linearizable(concat(writes, "p2 invoke read x", "p2 ok read x 1"));
        linearizable(concat(writes, "p2 invoke read x", "p2 ok read x 2"));
        linearizable(concat(writes, "p2 invoke read x", "p2 ok read x 2", "p2 invoke read x", "p2 ok read x 2"));
    }

    @Test
    void concurrentWritesCannotFlipAfterBothCompleted() {
        String[] writes = {"p0 invoke write x 1", "p1 invoke write x 2", "p0 ok write x 1", "p1 ok write x 2"};
        notLinearizable(concat(writes, "p2 invoke read x", "p2 ok read x 1", "p2 invoke read x", "p2 ok read x 2"));
        Counterexample cx = notLinearizable(concat(writes, "p2 invoke read x", "p2 ok read x 2", "p3 invoke read x", "p3 ok read x 1"));
        assertEquals("read(x) -> 1", cx.culprit().describe());
        assertEquals(List.of("2"), cx.valuesBefore());
    }

    @Test
    void indeterminateWriteMayHaveTakenEffect() {
        linearizable("p0 invoke write x 1", "p0 info write x 1", "p1 invoke read x", "p1 ok read x 1");
    }

    @Test
    void indeterminateWriteMayNotHaveTakenEffect() {
        linearizable("p0 invoke write x 1", "p0 info write x 1", "p1 invoke read x", "p1 ok read x null");
    }

    @Test
    void indeterminateWriteMayTakeEffectLate() {
        // read null, then 1: the timed-out write landed between the two reads
        linearizable("p0 invoke write x 1", "p0 info write x 1", "p1 invoke read x", "p1 ok read x null", "p1 invoke read x", "p1 ok read x 1");
    }

    @Test
    void indeterminateWriteCannotBeUndone() {
        Counterexample cx = notLinearizable("p0 invoke write x 1", "p0 info write x 1",
                "p1 invoke read x", "p1 ok read x 1", "p1 invoke read x", "p1 ok read x null");
        assertEquals("read(x) -> null", cx.culprit().describe());
        assertEquals(List.of("1"), cx.valuesBefore(), "the first read proves the write took effect");
    }

    @Test
    void invokeWithoutCompletionIsIndeterminate() {
        linearizable("p0 invoke write x 1", "p1 invoke read x", "p1 ok read x 1");
        linearizable("p0 invoke write x 1", "p1 invoke read x", "p1 ok read x null");
    }

    @Test
    void successfulCasesChainFromTheValueTheyExpect() {
        linearizable("p0 invoke write x 0", "p0 ok write x 0", "p1 invoke cas x 0 1", "p1 ok cas x 0 1",
                "p2 invoke cas x 1 2", "p2 ok cas x 1 2", "p0 invoke read x", "p0 ok read x 2");
    }

    @Test
    void twoCasFromTheSameValueCannotBothSucceedLostUpdate() {
        // the classic lost update: two read-modify-writes both succeed from 0, so one increment is lost
        Counterexample cx = notLinearizable("p0 invoke write x 0", "p0 ok write x 0",
                "p1 invoke cas x 0 1", "p2 invoke cas x 0 2", "p1 ok cas x 0 1", "p2 ok cas x 0 2");
        assertTrue(cx.culprit().describe().startsWith("cas(x, 0 -> "), cx::explanation);
        assertEquals(1, cx.concurrent().size(), cx::explanation);
    }

    @Test
    void failedCasHasNoEffect() {
        linearizable("p0 invoke write x 0", "p0 ok write x 0", "p1 invoke cas x 5 1", "p1 fail cas x 5 1", "p2 invoke read x", "p2 ok read x 0");
    }

    @Test
    void indeterminateCasMayHaveSucceeded() {
        linearizable("p0 invoke write x 0", "p0 ok write x 0", "p1 invoke cas x 0 1", "p1 info cas x 0 1", "p2 invoke read x", "p2 ok read x 1");
        notLinearizable("p0 invoke write x 5", "p0 ok write x 5", "p1 invoke cas x 0 1", "p1 info cas x 0 1", "p2 invoke read x", "p2 ok read x 1");
    }

    @Test
    void ackedWriteLostBehindAnOlderOneIsNotLinearizable() {
        // last-writer-wins with a slow clock: write 2 is acknowledged after write 1, yet reads keep returning 1
        notLinearizable("p0 invoke write x 1", "p0 ok write x 1", "p1 invoke write x 2", "p1 ok write x 2",
                "p2 invoke read x", "p2 ok read x 1", "p2 invoke read x", "p2 ok read x 1");
    }

    @Test
    void keysAreCheckedIndependently() {
        Verdict v = check("p0 invoke write x 1", "p1 invoke write y 1", "p0 ok write x 1", "p1 ok write y 1",
                "p0 invoke write y 2", "p0 ok write y 2", "p2 invoke read x", "p2 ok read x 1", "p2 invoke read y", "p2 ok read y 1");
        assertEquals(Verdict.Outcome.NOT_LINEARIZABLE, v.outcome());
        assertEquals(List.of("y"), v.failedKeys());
        assertEquals("y", v.counterexample().key());
        assertTrue(v.summary().startsWith("NOT linearizable: 1 of 2 keys fails"), v::summary);
    }

    @Test
    void concurrentReadsThatDoNotMatterAreLeftOutOfTheCounterexample() {
        Counterexample cx = notLinearizable("p0 invoke write x 1", "p0 ok write x 1", "p0 invoke write x 2", "p0 ok write x 2",
                "p1 invoke read x", "p2 invoke read x", "p2 ok read x 2", "p1 ok read x 1");
        assertEquals("read(x) -> 1", cx.culprit().describe());
        assertTrue(cx.concurrent().isEmpty(), cx::explanation);
    }

    @Test
    void aBudgetTooSmallGivesUnknownWithTheBudgetUsed() {
        // 16 overlapping writes and a read of a value nobody wrote: refuting it means trying every subset of writes
        String[] lines = new String[34];
        for (int i = 0; i < 16; i++) {
            lines[i] = "p" + i + " invoke write x " + (i + 1);
            lines[16 + i] = "p" + i + " ok write x " + (i + 1);
        }
        lines[32] = "p20 invoke read x";
        lines[33] = "p20 ok read x 99";
        Verdict v = LinearizabilityChecker.check(Histories.of(lines), Budget.states(1000));
        assertEquals(Verdict.Outcome.UNKNOWN, v.outcome(), v::summary);
        assertEquals(1000, v.states());
        assertEquals("states", v.exhaustedBy());
        assertTrue(v.summary().startsWith("unknown within budget"), v::summary);
        assertTrue(v.summary().contains("1000 states"), v::summary);
    }

    @Test
    void aTimeBudgetStopsTheSearchWithinAGenerousBound() {
        String[] lines = new String[46];
        for (int i = 0; i < 22; i++) {
            lines[i] = "p" + i + " invoke write x " + (i + 1);
            lines[22 + i] = "p" + i + " ok write x " + (i + 1);
        }
        lines[44] = "p30 invoke read x";
        lines[45] = "p30 ok read x 99";
        long t0 = System.nanoTime();
        Verdict v = LinearizabilityChecker.check(Histories.of(lines), new Budget(Long.MAX_VALUE, Duration.ofMillis(200)));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(Verdict.Outcome.UNKNOWN, v.outcome(), v::summary);
        assertEquals("time", v.exhaustedBy());
        assertTrue(seconds < 10, "a 200 ms budget took " + seconds + " s");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
