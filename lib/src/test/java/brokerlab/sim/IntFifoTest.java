package brokerlab.sim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class IntFifoTest {
    @Test
    void keepsFifoOrderAcrossWrapAroundAndGrowth() {
        var q = new IntFifo();
        for (int i = 0; i < 50; i++) q.add(i);
        for (int i = 0; i < 40; i++) assertEquals(i, q.poll());   // head now at 40: the next adds wrap around
        for (int i = 50; i < 300; i++) q.add(i);                   // grows past 64 while wrapped
        assertEquals(260, q.size());
        for (int i = 40; i < 300; i++) assertEquals(i, q.poll());
        assertTrue(q.isEmpty());
    }

    @Test
    void emptyQueueRefusesPollAndPeekWithAClearMessage() {
        var q = new IntFifo();
        assertEquals("poll on an empty IntFifo", assertThrows(IllegalStateException.class, q::poll).getMessage());
        q.add(7);
        assertEquals(7, q.peek());
        assertEquals("[7]", q.toString());
    }
}
