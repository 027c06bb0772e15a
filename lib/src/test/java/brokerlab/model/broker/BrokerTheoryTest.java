package brokerlab.model.broker;

import static org.junit.jupiter.api.Assertions.*;

import brokerlab.model.network.Li2015;
import org.junit.jupiter.api.Test;

class BrokerTheoryTest {
    @Test
    void meanLatencyIsThePapersValuePlusVpOverOneMinusP() {
        var p = BrokerParams.li2015(30, 10, 5, 10, 5, 0.2).withVisibility(Visibility.AFTER_FAILURE, 3);
        double expected = Li2015.meanDeliveryTime(30, 10, 5, 10, 5, 0.2) + 3 * 0.2 / 0.8;   // + 0.75 s
        assertEquals(expected, BrokerTheory.meanLatency(p), 1e-12);
        assertEquals(0.75, BrokerTheory.meanLatency(p) - BrokerTheory.paperMeanLatency(p), 1e-12);
    }

    @Test
    void deadLetterProbabilityIsPToTheK() {
        assertEquals(0.001, BrokerTheory.deadLetterProbability(0.1, 3), 1e-15);
        assertEquals(0, BrokerTheory.deadLetterProbability(0.1, BrokerParams.UNLIMITED));
    }

    @Test
    void duplicatesPerDeliveredTruncatesTheGeometric() {
        // K = 2, p = 0.5: delivered at k=1 w.p. 0.5, k=2 w.p. 0.25 -> (0.25 * 1) / 0.75 = 1/3
        assertEquals(1.0 / 3, BrokerTheory.duplicatesPerDelivered(0.5, 2), 1e-12);
        assertEquals(1.0, BrokerTheory.duplicatesPerDelivered(0.5, BrokerParams.UNLIMITED), 1e-12);
        // large K approaches p/(1-p)
        assertEquals(0.25, BrokerTheory.duplicatesPerDelivered(0.2, 200), 1e-12);
    }

    @Test
    void replicationDelayIsTheMeanOfTheMaximum() {
        assertEquals(0.02 * (1 + 0.5 + 1.0 / 3), BrokerTheory.meanReplicationDelay(3, 0.02), 1e-15);
    }

    @Test
    void refusesAnExactMeanWhenTheTimerStartsAtReceive() {
        var p = BrokerParams.li2015(30, 10, 5, 10, 5, 0.2).withVisibility(Visibility.FROM_RECEIVE, 3);
        var e = assertThrows(IllegalArgumentException.class, () -> BrokerTheory.meanLatency(p));
        assertTrue(e.getMessage().contains("visibility"), e.getMessage());
    }

    @Test
    void refusesTheJacksonFormulaForNonExponentialService() {
        var p = BrokerParams.li2015(30, 10, 5, 10, 5, 0.2).withConsumerService(new brokerlab.dist.Deterministic(0.1));
        var e = assertThrows(IllegalArgumentException.class, () -> BrokerTheory.paperMeanLatency(p));
        assertTrue(e.getMessage().contains("consumerService"), e.getMessage());
    }
}
