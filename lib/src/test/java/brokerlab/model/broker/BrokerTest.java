package brokerlab.model.broker;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BrokerTest {
    @Test
    void rejectsFailureProbabilityOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> Broker.li2015(20, 10, 3, 10, 4, 1.0));
        assertTrue(e.getMessage().contains("failureProbability"), e.getMessage());
    }

    @Test
    void rejectsANegativeVisibilityTimeout() {
        var p = Broker.li2015(20, 10, 3, 10, 4, 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> p.withVisibility(Visibility.FROM_RECEIVE, -1));
        assertTrue(e.getMessage().contains("visibilityTimeout"), e.getMessage());
    }

    @Test
    void rejectsASenderStageOverloadedByReplication() {
        // 3 threads at lambda = 20: 20 * (0.1 + 0.1 * H_3) / 3 = 20 * 0.2833 / 3 = 1.89 >= 1
        var p = Broker.li2015(20, 10, 3, 10, 4, 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> p.withReplication(3, 0.1));
        assertTrue(e.getMessage().contains("sender stage"), e.getMessage());
    }

    @Test
    void rejectsZeroGroups() {
        var p = Broker.li2015(20, 10, 3, 10, 4, 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> p.inOrder(0));
        assertTrue(e.getMessage().contains("groups"), e.getMessage());
    }

    @Test
    void harmonicNumberOfThreeIsElevenSixths() {
        assertEquals(11.0 / 6, Broker.harmonic(3), 1e-15);
    }
}
