package brokerlab.protocol;

import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ClientLoadTest {
    @Test
    void poissonCountMatchesRateTimesDuration() {
        var sim = new Simulator();
        long[] count = {0};
        ClientLoad.start(sim, RandomStream.of(3, RandomStream.ARRIVALS), 500, 0, 20_000, op -> count[0]++);
        sim.run();
        // Poisson(500/s * 20 s = 10000): sd = 100, allow 4 sd
        assertEquals(10_000, count[0], 400);
    }

    @Test
    void operationsAreNumberedFromZero() {
        var sim = new Simulator();
        long[] last = {-1};
        ClientLoad.start(sim, RandomStream.of(3, RandomStream.ARRIVALS), 100, 0, 1000, op -> {
            assertEquals(last[0] + 1, op);
            last[0] = op;
        });
        sim.run();
        assertTrue(last[0] > 0);
    }

    @Test
    void rejectsZeroRate() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ClientLoad.start(new Simulator(), RandomStream.of(1, 0), 0, 0, 10, op -> { }));
        assertTrue(e.getMessage().contains("clientRate"), e.getMessage());
    }
}
