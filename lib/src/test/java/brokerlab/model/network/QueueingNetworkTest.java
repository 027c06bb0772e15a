package brokerlab.model.network;

import brokerlab.dist.Exponential;
import brokerlab.model.arrivals.Mmpp2;
import brokerlab.model.arrivals.Renewal;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class QueueingNetworkTest {
    private static Node mm(String name, int c, double mu) {
        return Node.of(name, c, Exponential.withRate(mu));
    }

    @Test
    void tandemRoutesEachStationToTheNextAndExitsAfterTheLast() {
        QueueingNetwork net = QueueingNetwork.tandem(Exponential.withRate(1), mm("a", 1, 2), mm("b", 1, 3), mm("c", 1, 4));
        assertEquals(1.0, net.routing(0, 1));
        assertEquals(1.0, net.routing(1, 2));
        assertEquals(0.0, net.exitProbability(0));
        assertEquals(1.0, net.exitProbability(2));
        // every station is visited exactly once per job, so its rate is lambda = 1 and rho_c = 1/4
        assertEquals(1.0, net.visitRatio(2), 1e-12);
        assertEquals(0.25, net.offeredUtilization(2), 1e-12);
    }

    @Test
    void feedbackRaisesTheVisitRatioToOneOverOneMinusP() {
        QueueingNetwork net = QueueingNetwork.builder().station(mm("broker", 2, 10))
                .arrivals("broker", Exponential.withRate(4)).route("broker", "broker", 0.2).build();
        // geometric number of visits with success probability 0.8: mean 1 / 0.8 = 1.25; rate 4 x 1.25 = 5; rho = 5/20
        assertEquals(1.25, net.visitRatio(0), 1e-12);
        assertEquals(0.25, net.offeredUtilization(0), 1e-12);
        assertEquals(0.8, net.exitProbability(0), 1e-12);
    }

    @Test
    void rejectsAnUnknownStationNameAndListsTheKnownOnes() {
        var b = QueueingNetwork.builder().station(mm("broker", 1, 2)).arrivals("broker", Exponential.withRate(1))
                .route("broker", "brokr", 0.1);
        String msg = assertThrows(IllegalArgumentException.class, b::build).getMessage();
        assertTrue(msg.contains("'brokr'") && msg.contains("[broker]"), msg);
        var c = QueueingNetwork.builder().station(mm("broker", 1, 2)).arrivals("sender", Exponential.withRate(1));
        assertTrue(assertThrows(IllegalArgumentException.class, c::build).getMessage().contains("'sender'"));
    }

    @Test
    void rejectsARoutingRowSummingToMoreThanOne() {
        var b = QueueingNetwork.builder().station(mm("a", 1, 2)).station(mm("b", 1, 2)).arrivals("a", Exponential.withRate(0.1))
                .route("a", "b", 0.7).route("a", "a", 0.4);
        String msg = assertThrows(IllegalArgumentException.class, b::build).getMessage();
        assertTrue(msg.contains("routing from 'a'") && msg.contains("1.1") && msg.contains("at most 1"), msg);
    }

    @Test
    void rejectsAStationFromWhichJobsCanNeverLeave() {
        var b = QueueingNetwork.builder().station(mm("a", 1, 2)).station(mm("b", 1, 2)).arrivals("a", Exponential.withRate(0.1))
                .route("a", "b", 1.0).route("b", "a", 1.0);
        String msg = assertThrows(IllegalArgumentException.class, b::build).getMessage();
        assertTrue(msg.contains("never leave"), msg);
    }

    @Test
    void rejectsDuplicateStationNames() {
        var b = QueueingNetwork.builder().station(mm("a", 1, 2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.station(mm("a", 2, 2))).getMessage().contains("unique"));
    }

    @Test
    void rejectsAnUnstableStationNamingItAndItsUtilization() {
        // broker sees 9 / (1 - 0.1) = 10 jobs per unit time against capacity 1 x 10: rho = 1.000
        var b = QueueingNetwork.builder().station(mm("sender", 2, 10)).station(mm("broker", 1, 10))
                .arrivals("sender", Exponential.withRate(9)).route("sender", "broker", 1).route("broker", "broker", 0.1);
        String msg = assertThrows(IllegalArgumentException.class, b::build).getMessage();
        assertTrue(msg.startsWith("station 'broker' utilisation 1.000 >= 1: the queue is unstable"), msg);
        assertTrue(msg.contains("add servers"), msg);
    }

    @Test
    void countsBreakdownsInTheUtilization() {
        // lambda E[S] = 0.5 but the server is up only A = 1/(1+1.5) = 0.4 of the time: rho = 0.5 / 0.4 = 1.25
        Node s = mm("db", 1, 1).withBreakdowns(new Breakdowns(Exponential.ofMean(1), Exponential.ofMean(1.5)));
        var b = QueueingNetwork.builder().station(s).arrivals("db", Exponential.withRate(0.5));
        assertTrue(assertThrows(IllegalArgumentException.class, b::build).getMessage().contains("'db' utilisation 1.250"));
    }

    @Test
    void acceptsAnOverloadedStationBehindAFiniteBufferThatSheds() {
        // the front buffer holds 5 and serves at most 2 jobs per unit time, so the back station, offered 3 (rho 1.5)
        // by the traffic equations, receives at most 2 (rho <= 1... still possibly stable): not rejected up front
        QueueingNetwork net = QueueingNetwork.builder().station(mm("front", 1, 2).withCapacity(5)).station(mm("back", 1, 2.1))
                .arrivals("front", Exponential.withRate(3)).route("front", "back", 1).build();
        assertEquals(3 / 2.1, net.offeredUtilization(1), 1e-12);
    }

    @Test
    void rejectsCapacityBelowTheNumberOfServers() {
        String msg = assertThrows(IllegalArgumentException.class, () -> mm("q", 4, 1).withCapacity(3)).getMessage();
        assertTrue(msg.contains("capacity of 'q'") && msg.contains(">= servers (4)"), msg);
    }

    @Test
    void anArrivalProcessSetsTheRateAndADistributionBecomesARenewalProcess() {
        // MMPP-2 with pi = (0.8, 0.2) (switch10 / (switch01 + switch10) = 0.4 / 0.5): lambda = 0.8*1 + 0.2*6 = 2
        QueueingNetwork bursty = QueueingNetwork.builder().station(mm("q", 1, 4)).arrivals("q", new Mmpp2(1, 6, 0.1, 0.4)).build();
        assertEquals(2.0, bursty.arrivalRate(), 1e-12);
        assertNull(bursty.interArrival());
        assertEquals(0.5, bursty.offeredUtilization(0), 1e-12);
        QueueingNetwork plain = QueueingNetwork.tandem(Exponential.withRate(3), mm("q", 1, 4));
        assertEquals(new Renewal(Exponential.withRate(3)), plain.arrivalProcess());
    }

    @Test
    void rejectsAMissingProcessAndAnOverloadingMeanRate() {
        var b = QueueingNetwork.builder().station(mm("q", 1, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.arrivals("q", (Mmpp2) null)).getMessage().contains("process"));
        // mean rate 0.8*1 + 0.2*6 = 2 on a server of rate 1.5: rho = 1.333
        b.arrivals("q", new Mmpp2(1, 6, 0.1, 0.4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QueueingNetwork.builder().station(mm("q", 1, 1.5))
                .arrivals("q", new Mmpp2(1, 6, 0.1, 0.4)).build()).getMessage().contains("'q' utilisation 1.333"));
    }
}
