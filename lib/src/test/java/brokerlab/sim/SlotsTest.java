package brokerlab.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlotsTest {
    @Test
    void handsOutNewIndicesInOrderAndReusesTheLastFreedFirst() {
        Slots s = new Slots();
        for (int i = 0; i < 40; i++) assertEquals(i, s.take());      // past the initial free-list size of 16
        for (int i = 0; i < 40; i++) s.give(i);
        assertEquals(39, s.take());
        assertEquals(38, s.take());
        s.give(39);
        assertEquals(39, s.take());
    }
}
