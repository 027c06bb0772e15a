package brokerlab.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StationEstimateTest {
    private static RunSummary run(double meanWait) {
        return new RunSummary(100, 10, 9, 0.5, 0.4, meanWait, meanWait + 1, 1, 2, 1, 2, 3, 4, 0, 1, 2, 3,
                0, 1, 100, 100, 0, 0.001, false, Engine.EVENTS);
    }

    @Test
    void meanWaitIsTheStudentTIntervalOfTheReplicationMeans() {
        // values 1, 2, 3: mean 2, s = 1, t(0.975, 2) = 4.3027 ⇒ half-width 4.3027 / sqrt(3) = 2.4841
        StationEstimate e = new StationEstimate(List.of(run(1), run(2), run(3)));
        assertEquals(2.0, e.meanWait().estimate(), 1e-12);
        assertEquals(4.302652729749464 / Math.sqrt(3), e.meanWait().halfWidth(), 1e-9);
        assertEquals(3.0, e.meanResponse().estimate(), 1e-12);
        assertEquals(300, e.customers());
        assertEquals(3, e.replications());
    }

    @Test
    void needsTwoReplicationsAndKeepsAnImmutableCopy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StationEstimate(List.of(run(1)))).getMessage().contains("replications"));
        var list = new java.util.ArrayList<>(List.of(run(1), run(2)));
        StationEstimate e = new StationEstimate(list);
        list.add(run(3));
        assertEquals(2, e.replications());
        assertThrows(UnsupportedOperationException.class, () -> e.runs().add(run(4)));
    }

    @Test
    void listsEveryMetricByName() {
        var m = new StationEstimate(List.of(run(1), run(3))).metrics();
        assertEquals(17, m.size());
        assertEquals(2.0, m.get("meanWait").estimate(), 1e-12);
        assertEquals(3.0, m.get("p99Response").estimate(), 1e-12);
    }

    @Test
    void printsTheHeadlineMetrics() {
        String s = new StationEstimate(List.of(run(1), run(2))).toString();
        assertTrue(s.contains("meanWait") && s.contains("95% CI"), s);
    }
}
