package brokerlab.model.broker;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BrokerResultTest {
    @Test
    void vanishedIsWhatNoOutcomeAccountsFor() {
        var r = new BrokerResult(100, 80, 15, 4, 130, 0.2, 0.9, 0.2, 0.04, 10, 0.5);
        assertEquals(1, r.vanished());                 // 100 - 80 - 15 - 4
        assertEquals(15.0 / 95, r.duplicateFraction(), 1e-15);
    }

    @Test
    void duplicateFractionIsUndefinedWithoutDeliveries() {
        assertTrue(Double.isNaN(new BrokerResult(3, 0, 0, 3, 9, Double.NaN, Double.NaN, Double.NaN, 1, 0, 0).duplicateFraction()));
    }
}
