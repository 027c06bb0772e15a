package brokerlab.model.network;

import brokerlab.dist.Exponential;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Replications;
import brokerlab.model.Slice;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.model.StationRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ArrivalScheduleTest {
    @Test
    void knowsWhereEachStepStartsAndWhichStepHoldsATime() {
        ArrivalSchedule s = ArrivalSchedule.of(10, 1, 20, 2, 5, 0);
        assertEquals(35, s.totalDuration());
        assertEquals(30, s.start(2));
        assertEquals(1, s.stepAt(10));
        assertEquals(3, s.stepAt(35));
        assertEquals(10 + 40, s.expectedArrivals());
    }

    @Test
    void rejectsMalformedSchedules() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArrivalSchedule.of(10, 1, 20)).getMessage().contains("pairs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArrivalSchedule.of(10, -1)).getMessage().startsWith("rate = -1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArrivalSchedule.staircase(0, 1)).getMessage().startsWith("duration = 0.0"));
    }

    @Test
    void eachStepReceivesItsPoissonCountAndUncongestedJobsTheirServiceTime() {
        // 50 servers of mean 1 against at most 3 arrivals per unit time: P(all busy) is negligible (Poisson(3) > 50),
        // so each job's response is its Exp(1) service, mean 1; step k sees Poisson(rate x 200) arrivals.
        ArrivalSchedule sched = ArrivalSchedule.of(200, 1, 200, 3, 200, 0, 200, 2);
        QueueingNetwork net = QueueingNetwork.builder().station(Node.of("pool", 50, Exponential.withRate(1))).arrivals("pool", sched).build();
        List<NetworkRun> runs = net.simulate().replications(12).seed(41).run().runs();
        double level = 1 - 0.05 / 6;
        for (int k : new int[]{0, 1, 3}) {
            ConfidenceInterval count = Replications.ci(runs, x -> x.steps().get(k).get(StationRun.CUSTOMERS), level);
            ConfidenceInterval resp = Replications.ci(runs, x -> x.steps().get(k).get(Metric.MEAN_RESPONSE), level);
            double expected = sched.step(k).rate() * 200;
            assertTrue(count.contains(expected), () -> "step " + k + " arrivals " + count + " vs " + expected);
            assertTrue(resp.contains(1.0), () -> "step " + k + " response " + resp);
        }
        for (NetworkRun r : runs) {
            assertEquals(0, r.steps().get(2).get(StationRun.CUSTOMERS));
            assertEquals(0, r.inSystem(), "the run drains");
            assertEquals(r.arrived(), r.exited());
        }
    }

    @Test
    void anOverloadedStepShowsAGrowingBacklog() {
        // M/M/1 with mu 1: rate 0.5 for 200 (mean response 2), then 1.5 for 200: the backlog grows by about
        // 0.5 per unit time, so jobs of the second step wait tens of time units.
        QueueingNetwork net = QueueingNetwork.builder().station(Node.of("q", 1, Exponential.withRate(1)))
                .arrivals("q", ArrivalSchedule.staircase(200, 0.5, 1.5)).build();
        NetworkRun r = net.run(net.defaultLength(), 43, 0);
        Slice calm = r.steps().get(0), overload = r.steps().get(1);
        assertTrue(calm.get(Metric.MEAN_RESPONSE) < 10 && overload.get(Metric.MEAN_RESPONSE) > 20, () -> calm + " / " + overload);
        assertTrue(overload.get(Metric.P99_RESPONSE) > overload.get(Metric.MEAN_RESPONSE));
        assertTrue(overload.get(Metric.THROUGHPUT) <= 1.1, "a single server of rate 1 cannot exit much faster than 1 per unit time");
    }

    @Test
    void aScheduleWithoutArrivalsEndsAtOnceEvenWithFailingServers() {
        // breakdown events never run out, so only the "no arrivals left, nobody inside" rule can end this run
        Node s = Node.of("q", 1, Exponential.withRate(1)).withBreakdowns(new Breakdowns(Exponential.ofMean(1), Exponential.ofMean(1)));
        QueueingNetwork net = QueueingNetwork.builder().station(s).arrivals("q", ArrivalSchedule.of(100, 0)).build();
        NetworkRun r = net.run(net.defaultLength(), 1, 0);
        assertEquals(0, r.arrived());
        assertEquals(1.0, net.visitRatio(0));
    }
}
