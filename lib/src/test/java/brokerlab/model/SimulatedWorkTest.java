package brokerlab.model;

import brokerlab.dist.Exponential;
import brokerlab.experiment.RunLength;
import brokerlab.model.threading.ContendedPool;
import brokerlab.sim.SimulatedWork;
import brokerlab.sim.Simulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The process-wide work counters the notebook benchmark reads: exact per run, whichever engine ran it. */
class SimulatedWorkTest {
    private static final RunLength LENGTH = RunLength.customers(1_000, 20_000);

    @Test
    void theRecursionCountsItsCustomersWarmUpIncludedAndNoEvents() {
        SimulatedWork.Totals before = SimulatedWork.totals();
        Station.mmc(3.6, 1, 4).engine(Engine.RECURSION).simulate().length(LENGTH).replications(3).seed(5).run();
        SimulatedWork.Totals after = SimulatedWork.totals();
        assertEquals(3 * 21_000, after.customers() - before.customers());
        assertEquals(0, after.events() - before.events());
    }

    @Test
    void theEventEngineCountsEveryArrivalAndEveryEventItFired() {
        // FCFS with an infinite buffer: every customer arrives once and departs once, so two events per customer
        SimulatedWork.Totals before = SimulatedWork.totals();
        Station.mmc(3.6, 1, 4).engine(Engine.EVENTS).simulate().length(LENGTH).replications(2).seed(5).run();
        SimulatedWork.Totals after = SimulatedWork.totals();
        assertEquals(2 * 21_000, after.customers() - before.customers());
        assertEquals(2 * 2 * 21_000, after.events() - before.events());
    }

    @Test
    void refusedCustomersArriveButNeverDepartUnderEveryEventDrivenDiscipline() {
        // M/M/2/3 at 3x overload refuses many; no warm-up, so the run's REJECTED counts every refusal
        for (Station station : new Station[]{Station.mmck(6, 1, 2, 3), Station.mmck(6, 1, 2, 3).processorSharing()}) {
            SimulatedWork.Totals before = SimulatedWork.totals();
            StationRun run = station.simulate().length(RunLength.customers(0, 5_000)).replications(1).seed(9).run().runs().get(0);
            SimulatedWork.Totals after = SimulatedWork.totals();
            assertTrue(run.rejected() > 1_000, station + " refused " + run.rejected());
            assertEquals(5_000, after.customers() - before.customers());
            assertEquals(2 * 5_000 - run.rejected(), after.events() - before.events(), station.toString());
        }
    }

    @Test
    void theSizeIntervalFarmAndTheContendedPoolCountTheirCustomersToo() {
        SimulatedWork.Totals before = SimulatedWork.totals();
        new SizeIntervalFarm(Exponential.ofMean(1), Exponential.ofMean(1.5), 1.0).run(LENGTH, 3, 0);
        SimulatedWork.Totals middle = SimulatedWork.totals();
        assertEquals(21_000, middle.customers() - before.customers());
        assertEquals(0, middle.events() - before.events());
        new ContendedPool(3, Exponential.ofMean(1), 4, 8, 0.01).run(LENGTH, 3, 0);
        SimulatedWork.Totals after = SimulatedWork.totals();
        assertEquals(21_000, after.customers() - middle.customers());
        assertEquals(2 * 21_000, after.events() - middle.events());
    }

    @Test
    void aSimulatorReportsWhatItFiredWhenRunReturnsAndWhenAskedAfterStepping() {
        Simulator sim = new Simulator();
        for (int i = 0; i < 7; i++) sim.schedule(i, () -> { });
        long before = SimulatedWork.totals().events();
        sim.runUntil(2.5);                                  // fires the events at 0, 1, 2
        assertEquals(3, SimulatedWork.totals().events() - before);
        sim.step();
        sim.step();
        assertEquals(3, SimulatedWork.totals().events() - before, "stepping reports nothing by itself");
        sim.reportWork();
        assertEquals(5, SimulatedWork.totals().events() - before);
        sim.run();
        assertEquals(7, SimulatedWork.totals().events() - before);
        sim.reportWork();
        assertEquals(7, SimulatedWork.totals().events() - before, "nothing is counted twice");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimulatedWork.add(-1, 0));
    }
}
