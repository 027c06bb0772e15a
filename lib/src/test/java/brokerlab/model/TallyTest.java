package brokerlab.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TallyTest {
    @Test
    void summarisesCountsMeansAndTimeAverages() {
        Tally t = new Tally(1.0);
        for (int k = 0; k < 4; k++) t.arrival();
        t.rejection();
        t.waited(0, false);
        t.waited(2, true);
        t.waited(4, true);
        t.responded(1);
        t.responded(3);
        t.responded(5);
        // window 10, area of N = 30 ⇒ L = 3; lambda = 3 accepted / 10 = 0.3; W = 3 ⇒ lambda W = 0.9, error 0.7
        StationRun r = t.summary(4, 12, 10, 2, 5, 30, 8, false, Engine.EVENTS);
        assertEquals(2.0, r.meanWait(), 1e-12);
        assertEquals(3.0, r.meanResponse(), 1e-12);
        assertEquals(2.0 / 3, r.waitProbability(), 1e-12);
        assertEquals(0.25, r.rejectionProbability(), 1e-12);
        assertEquals(0.5, r.meanQueueLength(), 1e-12);
        assertEquals(3.0, r.meanNumberInSystem(), 1e-12);
        assertEquals(0.4, r.utilization(), 1e-12);          // 8 / (2 × 10)
        assertEquals(0.3, r.throughput(), 1e-12);
        assertEquals(0.7, r.littleRelativeError(), 1e-12);
        assertEquals(3, r.departures());
        assertEquals(0, r.leftInSystem());
        assertEquals(5.0, r.p999Response(), 5e-3);
    }

    @Test
    void recordsRoundingResiduesAsZeroInsteadOfOverflowingTheHistogram() {
        // 1e-16 after 1e3 would need a 2^63 dynamic range; below the 1e-6 floor it is recorded as 0.
        Tally t = new Tally(1.0);
        t.arrival();
        t.arrival();
        t.waited(1e3, true);
        t.waited(1e-16, true);
        t.responded(1e3);
        t.responded(1e-16);
        StationRun r = t.summary(2, 1, 1, 1, 0, 1, 1, false, Engine.EVENTS);
        assertEquals(0.0, r.p50Wait());
        assertEquals(500.0, r.meanWait(), 1e-9);
    }
}
