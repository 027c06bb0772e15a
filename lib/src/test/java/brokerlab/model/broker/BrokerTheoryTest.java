package brokerlab.model.broker;

import static org.junit.jupiter.api.Assertions.*;

import brokerlab.model.network.Li2015;
import org.junit.jupiter.api.Test;

class BrokerTheoryTest {
    @Test
    void meanLatencyIsThePapersValuePlusVpOverOneMinusP() {
        var p = Broker.li2015(30, 10, 5, 10, 5, 0.2).withVisibility(Visibility.AFTER_FAILURE, 3);
        double expected = Li2015.meanDeliveryTime(30, 10, 5, 10, 5, 0.2) + 3 * 0.2 / 0.8;   // + 0.75 s
        assertEquals(expected, BrokerTheory.meanLatency(p), 1e-12);
        assertEquals(0.75, BrokerTheory.meanLatency(p) - BrokerTheory.paperMeanLatency(p), 1e-12);
    }

    @Test
    void oneFifoGroupWithoutFailuresIsAnMM1ConsumerStage() {
        // p = 0: H = S ~ exp(10), so the consumer stage is M/M/1 at lambda = 5: W = 1 / (10 - 5) = 0.2
        var p = Broker.li2015(5, 10, 4, 10, 4, 0).inOrder(1);
        assertEquals(new brokerlab.analytic.MMc(5, 10, 4).meanResponse() + 0.2, BrokerTheory.inOrderSingleGroupMeanLatency(p), 1e-12);
    }

    @Test
    void oneFifoGroupHoldingTimeMomentsMatchAHandComputation() {
        // p = 0.5, V = 1, S ~ exp(1): N in {1 w.p. 1/2, 2 w.p. 1/4, ...}. E[H] = E[N] E[S] + (E[N]-1) V = 2 + 1 = 3.
        // E[H^2] = E[(sum S_i + (N-1))^2]: E[N]=2, E[N^2]=6; E[(sum S)^2] = E[N] Var S + E[N^2] = 2 + 6 = 8,
        // E[(N-1)^2] = 6 - 4 + 1 = 3, E[(N-1) sum S] = E[N(N-1)] E[S] = (6 - 2) = 4, so E[H^2] = 8 + 8 + 3 = 19.
        // lambda = 0.1: rho = 0.3, Wq = 0.1 * 19 / (2 * 0.7) = 1.357142857; sender M/M/1 at rate 100: 1/99.9
        var p = Broker.li2015(0.1, 100, 1, 1, 1, 0.5).withVisibility(Visibility.AFTER_FAILURE, 1).inOrder(1);
        assertEquals(1 / 99.9 + 3 + 0.1 * 19 / 1.4, BrokerTheory.inOrderSingleGroupMeanLatency(p), 1e-12);
    }

    @Test
    void deadLetterProbabilityIsPToTheK() {
        assertEquals(0.001, BrokerTheory.deadLetterProbability(0.1, 3), 1e-15);
        assertEquals(0, BrokerTheory.deadLetterProbability(0.1, Broker.UNLIMITED));
    }

    @Test
    void duplicatesPerDeliveredTruncatesTheGeometric() {
        // K = 2, p = 0.5: delivered at k=1 w.p. 0.5, k=2 w.p. 0.25 -> (0.25 * 1) / 0.75 = 1/3
        assertEquals(1.0 / 3, BrokerTheory.duplicatesPerDelivered(0.5, 2), 1e-12);
        assertEquals(1.0, BrokerTheory.duplicatesPerDelivered(0.5, Broker.UNLIMITED), 1e-12);
        // large K approaches p/(1-p)
        assertEquals(0.25, BrokerTheory.duplicatesPerDelivered(0.2, 200), 1e-12);
    }

    @Test
    void replicationDelayIsTheMeanOfTheMaximum() {
        assertEquals(0.02 * (1 + 0.5 + 1.0 / 3), BrokerTheory.meanReplicationDelay(3, 0.02), 1e-15);
    }

    @Test
    void refusesAnExactMeanWhenTheTimerStartsAtReceive() {
        var p = Broker.li2015(30, 10, 5, 10, 5, 0.2).withVisibility(Visibility.FROM_RECEIVE, 3);
        var e = assertThrows(IllegalArgumentException.class, () -> BrokerTheory.meanLatency(p));
        assertTrue(e.getMessage().contains("visibility"), e.getMessage());
    }

    @Test
    void refusesTheJacksonFormulaForNonExponentialService() {
        var p = Broker.li2015(30, 10, 5, 10, 5, 0.2).withConsumerService(new brokerlab.dist.Deterministic(0.1));
        var e = assertThrows(IllegalArgumentException.class, () -> BrokerTheory.paperMeanLatency(p));
        assertTrue(e.getMessage().contains("consumerService"), e.getMessage());
    }
}
