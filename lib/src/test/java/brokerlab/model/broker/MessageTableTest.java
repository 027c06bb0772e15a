package brokerlab.model.broker;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class MessageTableTest {
    @Test
    void keepsEveryMessageStateThroughGrowth() {
        var t = new MessageTable();
        for (int i = 0; i < 5_000; i++) assertEquals(i, t.add(i * 0.5, i % 7));
        assertEquals(1, t.receive(4_999));                          // the receive count after this receive
        assertEquals(1, t.receive(0));
        assertEquals(2, t.receive(0));
        t.setState(3, MessageTable.DEAD);
        assertTrue(t.finished(3));
        assertFalse(t.finished(4));
        assertEquals(MessageTable.INVISIBLE, t.state(0));
        assertEquals(2_499.5, t.sendTime(4_999));
        assertEquals(4_999 % 7, t.group(4_999));
    }
}
