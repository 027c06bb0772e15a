package brokerlab.model.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FastestFreeServerTest {
    @Test
    void picksTheFastestIdleServerOrWaits() {
        FastestFreeServer p = new FastestFreeServer();
        assertEquals(2, p.choose(new FakeView(new double[]{1, 5, 3}, new int[]{0, 1, 0}), null));
        assertEquals(-1, p.choose(new FakeView(new double[]{1, 5}, new int[]{1, 1}), null));
    }
}
