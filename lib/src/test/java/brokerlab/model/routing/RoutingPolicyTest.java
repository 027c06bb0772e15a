package brokerlab.model.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RoutingPolicyTest {

    @Test
    void everyListedNameFindsItsPolicy() {
        assertInstanceOf(FastestFreeServer.class, RoutingPolicy.named("shared"));
        assertInstanceOf(RandomSplit.class, RoutingPolicy.named("random"));
        assertInstanceOf(RoundRobin.class, RoutingPolicy.named("Round-Robin"));
        assertInstanceOf(JoinShortestQueue.class, RoutingPolicy.named(" jsq "));
        assertInstanceOf(LeastConnections.class, RoutingPolicy.named("least-connections"));
        assertEquals(2, ((PowerOfDChoices) RoutingPolicy.named("power-of-2")).d());
        assertEquals(3, ((PowerOfDChoices) RoutingPolicy.named("power-of-3")).d());
        for (String name : RoutingPolicy.NAMES) assertNotNull(RoutingPolicy.named(name), name);
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> RoutingPolicy.named("fastest"));
        assertTrue(e.getMessage().startsWith("routing = fastest is invalid")
                && e.getMessage().contains("shared, random, round-robin, jsq, least-connections, power-of-2"), e.getMessage());
    }
}
