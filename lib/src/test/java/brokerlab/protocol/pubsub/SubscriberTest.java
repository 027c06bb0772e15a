package brokerlab.protocol.pubsub;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SubscriberTest {
    @Test
    void countsDuplicatesReorderingGapsAndLossesOfWhatItWasDelivered() {
        var s = new Subscriber(0);
        s.deliver(List.of(1L, 2L, 3L), 10);
        s.deliver(List.of(), 20);                 // an empty fetch is no delivery
        s.deliver(List.of(2L, 5L, 4L), 30);       // 2 again: a duplicate; 4 after 5: reordered
        assertEquals(1, s.duplicates());
        assertEquals(1, s.reordered());
        assertEquals(20, s.longestGap(), 1e-12);  // gaps 10 - 0 and 30 - 10
        s.close(100);                             // waiting since 30
        assertEquals(70, s.longestGap(), 1e-12);
        assertEquals(1, s.lost(Set.of(1L, 2L, 3L, 4L, 5L, 6L)));
    }
}
