package brokerlab.model;

import brokerlab.experiment.Metric;

import brokerlab.experiment.Estimates;

import brokerlab.dist.Deterministic;
import brokerlab.dist.Distributions;
import brokerlab.dist.Exponential;
import brokerlab.sim.SlotEventList;
import brokerlab.experiment.Replications;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ProcessorSharingEventsTest {

    private static Estimates<StationRun> estimate(StationParams p, long customers, long seed) {
        return Estimates.of(Replications.run(20, r -> ProcessorSharingEvents.run(p, customers / 10, customers, seed, r)));
    }

    @Test
    void multiServerPsHasTheSameMeanResponseAsFcfsForExponentialDemands() {
        // M/M/c-PS: n jobs are served at total rate mu min(n, c), as under FCFS, so N(t) has the M/M/c law and
        // E[T] = Wq + 1/mu with Erlang C. lambda = 1.5, mu = 1, c = 2: a = 1.5, C = 0.6429, Wq = C / 0.5 = 1.2857.
        double exact = Exact.mmcWait(1.5, 1, 2) + 1;
        assertEquals(2.2857, exact, 1e-4);
        StationParams p = new StationParams(new Exponential(1.5), new Exponential(1), 2, 0, Discipline.PS);
        ConfidenceInterval ci = estimate(p, 40_000, 9).get(Metric.MEAN_RESPONSE);
        assertTrue(ci.contains(exact), () -> exact + " outside " + ci);
    }

    @Test
    void blockingOfPsWithFiniteCapacityIsThatOfTheBirthDeathChain() {
        // M/M/1/4-PS with rho = 1: all five states equally likely, P(block) = 1/5; L = 2.
        StationParams p = new StationParams(new Exponential(1), new Exponential(1), 1, 4, Discipline.PS);
        Estimates<StationRun> e = estimate(p, 20_000, 4);
        assertTrue(e.get(Metric.REJECTION_PROBABILITY).contains(0.2), e.get(Metric.REJECTION_PROBABILITY)::toString);
        assertTrue(e.get(Metric.MEAN_NUMBER_IN_SYSTEM).contains(2.0), e.get(Metric.MEAN_NUMBER_IN_SYSTEM)::toString);
    }

    @Test
    void aLoneJobIsServedAtFullSpeedSoItsWaitIsZero() {
        // Arrivals 100 time units apart, demands 1: nobody ever shares, response = demand exactly.
        StationParams p = new StationParams(new brokerlab.dist.Deterministic(100), new brokerlab.dist.Deterministic(1), 1, 0, Discipline.PS);
        StationRun r = ProcessorSharingEvents.run(p, 0, 100, 1, 0);
        assertEquals(1.0, r.meanResponse(), 1e-9);
        assertEquals(0.0, r.p999Wait());
        assertEquals(0.0, r.waitProbability());
        assertEquals(0.01, r.utilization(), 1e-9);
    }

    @Test
    void twoJobsSharingOneServerFinishAtTwiceTheirDemand() {
        // Deterministic arrivals every 1 and demands 2 on one PS server can't be stable; use c = 2 and pairs:
        // arrivals every 1, demand 1.5, c = 1 would grow. Instead: D/D/1-PS with inter-arrival 1.0, demand 0.5
        // never overlaps (response 0.5), so check a designed overlap: inter-arrival 1, demand 1.5, capacity 2.
        // Job k arrives at k; with at most 2 present each gets rate 1/2 while sharing. The steady pattern is
        // deterministic: every accepted job's response is the same, and Little holds exactly over whole periods.
        StationParams p = new StationParams(new brokerlab.dist.Deterministic(1), new brokerlab.dist.Deterministic(1.5), 1, 2, Discipline.PS);
        StationRun r = ProcessorSharingEvents.run(p, 100, 1_000, 1, 0);
        assertEquals(r.arrivals(), r.departures() + r.rejected());
        assertTrue(r.meanResponse() > 1.5, "sharing slows jobs beyond their demand");
        assertEquals(r.utilization(), 1.0, 1e-3);  // the lone server is never idle once sharing started
    }

    @Test
    void theFastEventListGivesTheGeneralEventListsResultsExactly() {
        for (StationParams p : new StationParams[]{
                new StationParams(new Exponential(3.6), new Exponential(1), 4, 0, Discipline.PS),
                new StationParams(new Exponential(0.8), Distributions.parse("lomax(alpha=2.5,mean=1)"), 1, 0, Discipline.PS),
                // equal tags: departures tie with each other and with arrivals
                new StationParams(new Deterministic(0.5), new Deterministic(2), 4, 4, Discipline.PS)}) {
            StationRun fast = ProcessorSharingEvents.run(p, 500, 20_000, 4, 2);
            StationRun general = ProcessorSharingEvents.run(p, 500, 20_000, 4, 2, SlotEventList.general(2));
            assertEquals(general, fast, () -> "results differ for " + p);
        }
    }
}
