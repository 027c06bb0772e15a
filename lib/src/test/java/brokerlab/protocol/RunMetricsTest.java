package brokerlab.protocol;

import brokerlab.protocol.net.Network;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class RunMetricsTest {
    private static final Network.Counters NONE = new Network.Counters(0, 0, 0, 0, Map.of());

    private static ProtocolRun snapshot(RunMetrics m, double end) {
        return m.snapshot(end, end, NONE, Set.of(), new double[0], 50, null);
    }

    @Test
    void leaderlessTimeAddsUpTheGaps() {
        var m = new RunMetrics();
        m.open(0);
        m.leader(10, true);        // leaderless 0..10
        m.leader(50, false);
        m.leader(80, true);        // leaderless 50..80
        m.leader(90, false);       // leaderless 90..100 at the end
        assertEquals(10 + 30 + 10, snapshot(m, 100).unavailableTime(), 1e-12);
    }

    @Test
    void meanInFlightIsTheTimeAverage() {
        var m = new RunMetrics();
        m.open(0);
        m.submitted(0);
        m.submitted(10);           // 1 in flight for 10 ms, then 2 for 10 ms, then 0
        m.response(0, 20, 50, true);
        m.response(10, 20, 50, true);
        assertEquals((10 * 1 + 10 * 2) / 40.0, snapshot(m, 40).meanInFlight(), 1e-12);
    }

    @Test
    void violationsMakeTheRunUnsafe() {
        var m = new RunMetrics();
        m.violation("two leaders");
        assertFalse(snapshot(m, 1).safe());
    }

    @Test
    void clientUnavailabilityIsTheUnionOfTheSlowRequestsWaits() {
        // threshold 50 ms: requests waiting [100, 300] and [200, 400] overlap into [100, 400]; a 20 ms request is
        // healthy; one still waiting since 900 at the end (1000) counts its 100 ms
        var m = new RunMetrics();
        m.open(0);
        for (double s : new double[]{100, 200, 500, 900}) m.submitted(s);
        m.response(100, 300, 50, true);
        m.response(200, 400, 50, true);
        m.response(500, 520, 50, true);
        ProtocolRun r = m.snapshot(1000, 1000, NONE, Set.of(), new double[]{900}, 50, null);
        assertEquals(300 + 100, r.clientUnavailableTime(), 1e-12);
    }

    @Test
    void unionClipsToTheWindow() {
        assertEquals(15, RunMetrics.union(List.of(new double[]{-5, 10}, new double[]{20, 40}), 0, 25), 1e-12);
    }
}
