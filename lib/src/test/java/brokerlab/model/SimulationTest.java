package brokerlab.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SimulationTest {
    private final Simulation plan = Station.mmc(0.2, 0.1, 3).simulate();

    @Test
    void defaultsAreStatedAndTheWarmupIsATenthOfTheCustomers() {
        assertEquals(100_000, plan.customers());
        assertEquals(10_000, plan.warmup());
        assertEquals(10, plan.replications());
        assertEquals(Engine.AUTO, plan.engine());
        assertEquals(500, plan.customers(5_000).warmup());
        assertEquals(7, plan.customers(5_000).warmup(7).warmup());
    }

    @Test
    void settersReturnNewPlansAndLeaveTheOriginalAlone() {
        Simulation other = plan.customers(1_000).replications(3).seed(9).engine(Engine.EVENTS);
        assertEquals(100_000, plan.customers());
        assertEquals(1_000, other.customers());
        assertEquals(3, other.replications());
        assertEquals(9, other.seed());
    }

    @Test
    void aReplicationIsTheSameWhetherRunAloneOrInTheBatch() {
        Simulation small = plan.customers(3_000).replications(4).seed(5);
        assertEquals(small.run().runs().get(2), small.runReplication(2));
        assertEquals(small.run().runs().get(0), small.runOnce());
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        assertNotEquals(plan.customers(3_000).seed(1).runOnce().meanWait(), plan.customers(3_000).seed(2).runOnce().meanWait());
    }

    @Test
    void rejectsBadSettingsNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan.customers(1)).getMessage().contains("customers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan.replications(1)).getMessage().contains("replications"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan.warmup(-1)).getMessage().contains("warmup"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan.engine(null)).getMessage().contains("engine"));
    }

    @Test
    void runsAnyModelThroughTheSameInterface() {
        SimulationModel constant = (engine, warmup, customers, seed, r) -> Station.mm1(0.5, 1).run(engine, warmup, customers, seed, r);
        StationEstimate e = Simulation.of(constant).customers(2_000).replications(3).run();
        assertEquals(3, e.replications());
    }
}
