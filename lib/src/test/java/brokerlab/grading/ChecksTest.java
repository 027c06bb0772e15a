package brokerlab.grading;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ChecksTest {

    private static double notImplemented() {
        throw new RuntimeException("not implemented yet: replace this line with your code");
    }

    private static double recurseForever(int n) {
        return recurseForever(n + 1) + 1;
    }

    @Test
    void callReturnsTheStudentsValue() {
        assertEquals(0.25, Checks.call("f()", () -> 0.25));
        assertEquals(7, Checks.callInt("servers()", () -> 7));
        assertEquals("x", Checks.callObject("name()", () -> "x"));
    }

    @Test
    void callTurnsAnUnfinishedAnswerIntoAMessagePointingAtTheAnswerCell() {
        var e = assertThrows(CheckFailed.class, () -> Checks.call("waitProbability(3, 2.0)", ChecksTest::notImplemented));
        assertEquals("your waitProbability(3, 2.0) threw RuntimeException: not implemented yet: replace this line with your code"
                + " — implement or fix it in your answer cell above, run that cell, then this one", e.getMessage());
        assertInstanceOf(RuntimeException.class, e.getCause());
    }

    @Test
    void callExplainsAStackOverflowAsAMissingBaseCase() {
        var e = assertThrows(CheckFailed.class, () -> Checks.callInt("erlangB(5, 1.0)", () -> (int) recurseForever(0)));
        assertTrue(e.getMessage().contains("StackOverflowError"), e.getMessage());
        assertTrue(e.getMessage().contains("base case"), e.getMessage());
    }

    @Test
    void callObjectRejectsNull() {
        var e = assertThrows(CheckFailed.class, () -> Checks.callObject("ci()", () -> null));
        assertEquals("your ci() returned null — return a value", e.getMessage());
    }

    @Test
    void closeAcceptsWithinToleranceAndNamesGotExpectedAndHintOtherwise() {
        // C(3, 2) = 4/9 = 0.4444 (Erlang C); 0.5 is what a wrong denominator gives
        assertDoesNotThrow(() -> Checks.close("waitProbability(3, 2.0)", 4.0 / 9 + 5e-7, 4.0 / 9, 1e-6, "hint"));
        var e = assertThrows(CheckFailed.class,
                () -> Checks.close("waitProbability(3, 2.0)", 0.5, 4.0 / 9, 1e-6, "check the denominator"));
        assertEquals("waitProbability(3, 2.0) returned 0.5000; expected 0.4444 ± 1.000e-06 — check the denominator", e.getMessage());
    }

    @Test
    void closeRejectsNaNEvenWithAHugeTolerance() {
        // NaN compares false with everything: a naive |got - expected| > tol check would let it pass
        var e = assertThrows(CheckFailed.class, () -> Checks.close("meanWait(3, 2.0)", Double.NaN, 4.444, 1e9, "divide by c mu - lambda"));
        assertTrue(e.getMessage().startsWith("meanWait(3, 2.0) returned NaN; a finite number is expected"), e.getMessage());
    }

    @Test
    void closeRelativeScalesTheToleranceWithTheExpectedValue() {
        // 102 vs 100 is 2% off: inside 5%, outside 1%
        assertDoesNotThrow(() -> Checks.closeRelative("p99", 102, 100, 0.05, null));
        var e = assertThrows(CheckFailed.class, () -> Checks.closeRelative("p99", 102, 100, 0.01, null));
        assertEquals("p99 returned 102.0; expected 100.0 within 1.000%", e.getMessage());
    }

    @Test
    void withinCiAcceptsTheIntervalPlusSlackAndNoMore() {
        var ci = new ConfidenceInterval(1.84, 0.02, 0.95, 10);    // accepted band: 1.84 ± (0.02 + 0.05) = [1.77, 1.91]
        assertDoesNotThrow(() -> Checks.withinCi("commit", 1.905, ci, 0.05, "hint"));
        assertDoesNotThrow(() -> Checks.withinCi("commit", 1.775, ci, 0.05, "hint"));
        var e = assertThrows(CheckFailed.class, () -> Checks.withinCi("predictedCommit()", 1.95, ci, 0.05, "add the fsync"));
        assertEquals("predictedCommit() returned 1.950; the simulation gives 1.840 ± 0.02000 (95% CI, 10 replications),"
                + " accepted ± 0.07000 — add the fsync", e.getMessage());
    }

    @Test
    void withinCiRejectsANegativeSlackAsBadInputNotAsAWrongAnswer() {
        var ci = new ConfidenceInterval(1, 0.1, 0.95, 10);
        var e = assertThrows(IllegalArgumentException.class, () -> Checks.withinCi("x", 1, ci, -1, null));
        assertTrue(e.getMessage().contains("slack"), e.getMessage());
    }

    @Test
    void coversAsksThatTheStudentsIntervalContainsTheExactValue() {
        var ci = new ConfidenceInterval(4.40, 0.05, 0.95, 20);   // [4.35, 4.45] contains Wq = 4.444
        assertDoesNotThrow(() -> Checks.covers("simulatedWait", ci, 40.0 / 9, 0, null));
        var e = assertThrows(CheckFailed.class, () -> Checks.covers("simulatedWait", ci, 5.0, 0.1, "more customers"));
        assertEquals("simulatedWait gave 4.400 ± 0.05000, which misses 5.000 by more than the slack 0.1000 — more customers",
                e.getMessage());
    }

    @Test
    void equalAndBetweenReportTheValueAndTheTarget() {
        assertDoesNotThrow(() -> Checks.equal("fewestServers()", 12, 12, null));
        var e = assertThrows(CheckFailed.class, () -> Checks.equal("fewestServers()", 11, 12, "11 misses the target"));
        assertEquals("fewestServers() returned 11; expected 12 — 11 misses the target", e.getMessage());
        assertDoesNotThrow(() -> Checks.between("ratio", 2, 1, 3, null));
        var b = assertThrows(CheckFailed.class, () -> Checks.between("ratio", 4, 1, 3, null));
        assertEquals("ratio returned 4.000; expected a value in [1.000, 3.000]", b.getMessage());
    }

    @Test
    void isTrueThrowsTheGivenMessage() {
        assertDoesNotThrow(() -> Checks.isTrue(true, "never shown"));
        assertEquals("p99 must grow as alpha falls", assertThrows(CheckFailed.class, () -> Checks.isTrue(false, "p99 must grow as alpha falls")).getMessage());
    }
}
