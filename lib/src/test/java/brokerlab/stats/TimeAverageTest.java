package brokerlab.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TimeAverageTest {

    @Test
    void weightsEachValueByHowLongItLasted() {
        var q = new TimeAverage();                       // 0 on [0,1), 2 on [1,3), 1 on [3,4), 0 on [4,10]
        q.update(1, 2);
        q.update(3, 1);
        q.update(4, 0);
        // area = 0*1 + 2*2 + 1*1 + 0*6 = 5 over 10 time units
        assertEquals(0.5, q.mean(10), 1e-12);
        assertEquals(2.0, q.max());
        assertEquals(0.0, q.current());
    }

    @Test
    void resetStartsANewWindowKeepingTheCurrentValue() {
        var q = new TimeAverage();
        q.update(1, 5);                                  // warm-up: 0 then 5
        q.reset(2);                                      // from t=2 the value is still 5
        q.update(4, 1);                                  // 5 on [2,4), 1 on [4,6]: area 12 over 4
        assertEquals(3.0, q.mean(6), 1e-12);
        assertEquals(2.0, q.startTime());
    }

    @Test
    void rejectsGoingBackInTime() {
        var q = new TimeAverage();
        q.update(5, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> q.update(4, 2));
        assertTrue(e.getMessage().contains("now"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> q.mean(3));
        assertTrue(e2.getMessage().contains("until"), e2.getMessage());
    }

    @Test
    void rejectsAnEmptyWindow() {
        var q = new TimeAverage(2, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> q.mean(2));
        assertTrue(e.getMessage().contains("until"), e.getMessage());
    }
}
