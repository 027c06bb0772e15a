package brokerlab.model;

import brokerlab.dist.Exponential;
import brokerlab.model.routing.FastestFreeServer;
import brokerlab.model.routing.JoinShortestQueue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ServerFarmTest {
    private final ServerFarm farm = Station.heterogeneous(new Exponential(1.5), new Exponential(1), 2, 1);

    @Test
    void defaultsToAFastestFreeServerSharedQueueWithAnInfiniteBuffer() {
        assertInstanceOf(FastestFreeServer.class, farm.params().routing());
        assertTrue(farm.params().infiniteCapacity());
        assertEquals(2, farm.params().servers());
    }

    @Test
    void modifiersReturnNewFarms() {
        ServerFarm jsq = farm.routing(new JoinShortestQueue()).capacity(6);
        assertInstanceOf(JoinShortestQueue.class, jsq.params().routing());
        assertEquals(6, jsq.params().capacity());
        assertInstanceOf(FastestFreeServer.class, farm.params().routing());
    }

    @Test
    void runsOnTheEventEngine() {
        StationRun r = farm.simulate().customers(2_000).runOnce();
        assertEquals(Engine.EVENTS, r.engine());
        assertEquals(2_000, r.departures());
    }
}
