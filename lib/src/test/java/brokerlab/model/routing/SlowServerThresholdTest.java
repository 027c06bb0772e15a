package brokerlab.model.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SlowServerThresholdTest {
    @Test
    void usesTheSlowServerOnlyFromTheThresholdOn() {
        SlowServerThreshold p = new SlowServerThreshold(3);
        FakeView fastBusy = new FakeView(new double[]{4, 1}, new int[]{1, 0});
        fastBusy.waiting = 2;
        assertEquals(-1, p.choose(fastBusy, null));
        fastBusy.waiting = 3;
        assertEquals(1, p.choose(fastBusy, null));
        FakeView fastIdle = new FakeView(new double[]{4, 1}, new int[]{0, 0});
        fastIdle.waiting = 1;
        assertEquals(0, p.choose(fastIdle, null));
    }

    @Test
    void rejectsThresholdBelowOne() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SlowServerThreshold(0)).getMessage().contains("threshold"));
    }
}
