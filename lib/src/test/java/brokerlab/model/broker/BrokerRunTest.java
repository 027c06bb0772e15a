package brokerlab.model.broker;

import static org.junit.jupiter.api.Assertions.*;

import brokerlab.experiment.Estimates;
import brokerlab.experiment.Measurements;
import org.junit.jupiter.api.Test;

import java.util.List;

class BrokerRunTest {
    private static BrokerRun counts(long sent, long once, long more, long dead) {
        return new BrokerRun(Measurements.builder().put(BrokerRun.SENT, sent).put(BrokerRun.DELIVERED_ONCE, once)
                .put(BrokerRun.DELIVERED_MORE_THAN_ONCE, more).put(BrokerRun.DEAD_LETTERED, dead).build());
    }

    @Test
    void vanishedIsWhatNoOutcomeAccountsFor() {
        var r = counts(100, 80, 15, 4);
        assertEquals(1, r.vanished());                 // 100 - 80 - 15 - 4
        assertEquals(15.0 / 95, r.duplicateFraction(), 1e-15);
    }

    @Test
    void duplicateFractionIsUndefinedWithoutDeliveries() {
        assertTrue(Double.isNaN(counts(3, 0, 0, 3).duplicateFraction()));
    }

    private static BrokerRun latency(double meanLatency) {
        return new BrokerRun(Measurements.builder().put(BrokerRun.MEAN_LATENCY, meanLatency).put(BrokerRun.SENT, 10)
                .put(BrokerRun.DELIVERED_ONCE, 10).put(BrokerRun.DELIVERED_MORE_THAN_ONCE, 0).put(BrokerRun.DEAD_LETTERED, 0).build());
    }

    @Test
    void intervalOverReplicationsIsTheStudentTInterval() {
        // runs 1 and 3: mean 2, s = sqrt(2), t(0.975, 1) = 12.706: half-width 12.706 * sqrt(2) / sqrt(2) = 12.706
        var e = Estimates.of(List.of(latency(1), latency(3)));
        assertEquals(2, e.get(BrokerRun.MEAN_LATENCY).estimate(), 1e-12);
        assertEquals(12.706, e.get(BrokerRun.MEAN_LATENCY).halfWidth(), 1e-3);
        assertEquals(0, e.runs().stream().mapToLong(BrokerRun::vanished).sum());
    }

    @Test
    void aSingleReplicationHasNoInterval() {
        assertFalse(Estimates.of(List.of(latency(1))).get(BrokerRun.MEAN_LATENCY).hasInterval());
    }
}
