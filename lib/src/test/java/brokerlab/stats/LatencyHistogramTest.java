package brokerlab.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LatencyHistogramTest {

    @Test
    void summaryMatchesExactPercentilesOfOneToTenThousand() {
        var h = new LatencyHistogram();
        for (int i = 1; i <= 10_000; i++) h.record(i);
        LatencySummary s = h.summary();
        // Values 1..10000: mean 5000.5, p50 = 5000, p95 = 9500, p99 = 9900, p99.9 = 9990, max 10000;
        // the histogram keeps 3 significant digits, so allow 0.1% relative error.
        assertEquals(10_000, s.count());
        assertEquals(5000.5, s.mean(), 5000.5 * 1e-3);
        assertEquals(5000, s.p50(), 5.0);
        assertEquals(9500, s.p95(), 9.5);
        assertEquals(9900, s.p99(), 9.9);
        assertEquals(9990, s.p999(), 10.0);
        assertEquals(10_000, s.max(), 10.0);
        assertEquals(5.0, s.scaled(1e-3).p50(), 5e-3);
    }

    @Test
    void summaryOfAnEmptyHistogramIsNaN() {
        LatencySummary s = new LatencyHistogram().summary();
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.p99()) && Double.isNaN(s.mean()));
    }

    @Test
    void rejectsNegativeLatency() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LatencyHistogram().record(-1));
        assertTrue(e.getMessage().contains("latency"), e.getMessage());
    }
}
