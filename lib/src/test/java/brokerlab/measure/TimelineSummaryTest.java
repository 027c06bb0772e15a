package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import brokerlab.experiment.Metric;
import brokerlab.model.StationRun;
import org.junit.jupiter.api.Test;

/** A hand-made timeline whose every metric is worked out on paper (times in ms, 1 ms = 1e6 ns). */
class TimelineSummaryTest {
    private static final long MS = 1_000_000;

    /**
     * Two workers, four messages, no warm-up:
     * <pre>
     * k  sent  taken  done  worker
     * 0   0     1      5     0      wait 1, response 5
     * 1   2     2      4     1      wait 0, response 2
     * 2   3     4      8     1      wait 1, response 5   (sent at 3: workers 0 and 1 both busy)
     * 3  10    10     12     0      wait 0, response 2
     * </pre>
     * Window [0, 10]: busy area = [1,5] 4 + [2,4] 2 + [4,8] 4 + [10,10] 0 = 10, utilisation 10 / (2 x 10) = 0.5;
     * queue area = 1 + 0 + 1 + 0 = 2, mean queue 0.2; system area = [0,5] 5 + [2,4] 2 + [3,8] 5 + 0 = 12, L = 1.2.
     * Departures inside [0, 10]: at 4, 5, 8 = 3, throughput 0.3. Wait probability: only message 2 found both busy, 1/4.
     */
    private static MessageTimeline paper() {
        MessageTimeline t = new MessageTimeline(4, 2);
        long[][] rows = {{0, 1, 5, 0}, {2, 2, 4, 1}, {3, 4, 8, 1}, {10, 10, 12, 0}};
        for (int k = 0; k < 4; k++) {
            long[] r = rows[k];
            t.sent(k, r[0] * MS, r[0] * MS + 1, (r[2] - r[1]) * MS);
            t.dequeued(k, r[1] * MS + 2, (int) r[3]);   // 1 ns after the send at the earliest, as on a real clock
            t.done(k, r[2] * MS + 2);
        }
        return t;
    }

    @Test
    void everyStationMetricMatchesThePaperCalculation() {
        var m = TimelineSummary.of(paper(), 0, new double[]{1, 1}, false, 20 * MS).measurements();
        assertEquals(0.5, m.get(Metric.MEAN_WAIT), 1e-5);
        assertEquals(3.5, m.get(Metric.MEAN_RESPONSE), 1e-5);
        assertEquals(0.5, m.get(Metric.UTILIZATION), 1e-6);
        assertEquals(0.2, m.get(Metric.MEAN_QUEUE_LENGTH), 1e-6);
        assertEquals(1.2, m.get(Metric.MEAN_NUMBER_IN_SYSTEM), 1e-6);
        assertEquals(0.3, m.get(Metric.THROUGHPUT), 1e-6);
        assertEquals(0.25, m.get(Metric.WAIT_PROBABILITY), 1e-12);
        assertEquals(5.0, m.get(Metric.P99_RESPONSE), 1e-5);   // ceil(0.99 x 4) = 4th of 2, 2, 5, 5
        assertEquals(2.0, m.get(Metric.P50_RESPONSE), 1e-5);   // ceil(0.5 x 4) = 2nd
        assertEquals(4, m.get(StationRun.CUSTOMERS));
        // Little: lambda = 4 / 10, W = 3.5, lambda W = 1.4 against L = 1.2: |1.2 - 1.4| / 1.2
        assertEquals(0.2 / 1.2, m.get(Metric.LITTLE_RELATIVE_ERROR), 1e-5);
    }

    @Test
    void theTimerOvershootIsServedMinusDrawnOverTheWorkersSpeed() {
        MessageTimeline t = paper();
        var s = TimelineSummary.of(t, 0, new double[]{1, 1}, false, 20 * MS);
        for (double o : s.overshoots()) assertEquals(0, o, 1e-9);   // served exactly what was drawn
        var slow = TimelineSummary.of(t, 0, new double[]{1, 0.5}, false, 20 * MS);
        // worker 1 at half speed should have taken twice its drawn time: messages 1 and 2 come out 2 and 4 ms short
        assertEquals(-2.0, slow.overshoots()[1], 1e-9);
        assertEquals(-4.0, slow.overshoots()[2], 1e-9);
    }

    @Test
    void partitionedWaitProbabilityCountsOnlyTheMessagesOwnWorker() {
        // partitioned: message 1 (worker 1) was sent at 2 while worker 1 was idle; message 2 (worker 1) at 3 found
        // worker 1 busy; message 3 (worker 0) at 10 found worker 0 idle; message 0 found worker 0 idle
        var m = TimelineSummary.of(paper(), 0, new double[]{1, 1}, true, 20 * MS).measurements();
        assertEquals(0.25, m.get(Metric.WAIT_PROBABILITY), 1e-12);
    }

    @Test
    void aRunWithNothingCompletedAfterTheWarmupIsReportedNotDividedByZero() {
        MessageTimeline t = new MessageTimeline(3, 1);
        t.sent(0, 0, 1, MS);
        var e = assertThrows(IllegalStateException.class, () -> TimelineSummary.of(t, 0, new double[]{1}, false, 5 * MS));
        assertEquals(true, e.getMessage().contains("too few for statistics"), e.getMessage());
    }

    @Test
    void theReplayOfAPerfectBrokerRemovesTransitButKeepsQueueing() {
        // replayed as 2 servers at the send instants 0, 2, 3, 10 with services 4, 2, 4, 2:
        // k0 starts 0 ends 4; k1 starts 2 ends 4; k2 waits for the first free server at 4 (wait 1), ends 8; k3 no wait
        Replay r = Replay.of(paper(), 0, true);
        assertEquals(1.0, r.waits()[2], 1e-6);
        assertEquals(0.0, r.waits()[0] + r.waits()[1] + r.waits()[3], 1e-6);
        assertEquals(4 + 2 + 5 + 2, r.responses()[0] + r.responses()[1] + r.responses()[2] + r.responses()[3], 1e-5);
    }
}
