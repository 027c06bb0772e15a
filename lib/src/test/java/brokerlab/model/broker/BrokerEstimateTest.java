package brokerlab.model.broker;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerEstimateTest {
    private static BrokerResult run(double meanLatency) {
        return new BrokerResult(10, 10, 0, 0, 10, meanLatency, 1, 0, 0, 5, 0.5);
    }

    @Test
    void intervalIsTheStudentTIntervalOverReplications() {
        // runs 1 and 3: mean 2, s = sqrt(2), t(0.975, 1) = 12.706: half-width 12.706 * sqrt(2) / sqrt(2) = 12.706
        var e = new BrokerEstimate(BrokerParams.li2015(1, 10, 1, 10, 1, 0), List.of(run(1), run(3)));
        assertEquals(2, e.meanLatency().estimate(), 1e-12);
        assertEquals(12.706, e.meanLatency().halfWidth(), 1e-3);
        assertEquals(0, e.vanished());
    }

    @Test
    void rejectsASingleReplication() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new BrokerEstimate(BrokerParams.li2015(1, 10, 1, 10, 1, 0), List.of(run(1))));
        assertTrue(e.getMessage().contains("runs"), e.getMessage());
    }
}
