package brokerlab.model;

import brokerlab.analytic.AnalyticMethod;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class QueueSpecTest {
    private static final QueueSpec MM4 = QueueSpec.of("exp(rate=3.6)", "exp(rate=1)", 4);

    @Test
    void jsonRoundTripsEveryComponent() {
        QueueSpec farm = QueueSpec.of("exp(rate=1.2)", "lognormal(mean=1,scv=4)", 3).speeds(2, 1, 0.5).routing("jsq").capacity(9);
        QueueSpec ps = QueueSpec.of("erlang(k=2,mean=2)", "det(value=1)", 2).discipline(Discipline.PS);
        for (QueueSpec q : new QueueSpec[]{MM4, farm, ps}) assertEquals(q, QueueSpec.fromJson(q.toJson()), q.toJson());
        assertTrue(farm.toJson().contains("\"speeds\": [2.0, 1.0, 0.5]") && farm.toJson().contains("\"routing\": \"jsq\""),
                farm.toJson());
    }

    @Test
    void aJsonSpecNeedsOnlyTheQueueAndRejectsUnknownKeys() {
        assertEquals(MM4, QueueSpec.fromJson("{\"arrival\": \"exp(rate=3.6)\", \"service\": \"exp(rate=1)\", \"servers\": 4}"));
        var e = assertThrows(IllegalArgumentException.class, () -> QueueSpec.fromJson(
                "{\"arrival\": \"exp(rate=3.6)\", \"service\": \"exp(rate=1)\", \"server\": 4}"));
        assertTrue(e.getMessage().startsWith("queue spec key = server is invalid"), e.getMessage());
    }

    @Test
    void theModelIsAStationOrAFarmAsTheSpecSays() {
        assertInstanceOf(Station.class, MM4.toModel());
        assertInstanceOf(Station.class, MM4.discipline(Discipline.PS).toModel());
        assertInstanceOf(ServerFarm.class, MM4.routing("round-robin").toModel());
        assertInstanceOf(ServerFarm.class, MM4.speeds(1, 1, 1, 1.5).toModel());
    }

    @Test
    void analysisAndSimulationOfOneSpecAgree() {
        // Erlang C: C(4, 3.6) = 0.78775, Wq = C / (4 - 3.6) = 1.9694 (exact); the simulation's CI must cover it.
        assertEquals(AnalyticMethod.ERLANG_C, MM4.analyze().method());
        double exact = MM4.analyze().get(Metric.MEAN_WAIT);
        assertEquals(0.7877532642953626 / 0.4, exact, 1e-12);
        var ci = Experiment.of(MM4.toModel()).customers(100_000).replications(20).seed(42).run().get(Metric.MEAN_WAIT);
        assertTrue(ci.contains(exact), () -> exact + " outside " + ci);
    }

    @Test
    void badSpecsNameTheOptionAndTheFix() {
        var speeds = assertThrows(IllegalArgumentException.class, () -> MM4.speeds(1, 1).routing("shared").capacity(0)
                .discipline(Discipline.FCFS).speeds(1, -1));
        assertTrue(speeds.getMessage().startsWith("--speeds") && speeds.getMessage().contains("speed 2 is -1.0"), speeds.getMessage());
        var routing = assertThrows(IllegalArgumentException.class, () -> MM4.routing("fastest"));
        assertTrue(routing.getMessage().startsWith("--routing = fastest is invalid"), routing.getMessage());
        var ps = assertThrows(IllegalArgumentException.class, () -> MM4.routing("jsq").discipline(Discipline.PS));
        assertTrue(ps.getMessage().startsWith("--discipline = ps"), ps.getMessage());
        var farm = assertThrows(IllegalArgumentException.class, () -> MM4.routing("jsq").analyze());
        assertTrue(farm.getMessage().contains("simulate"), farm.getMessage());
        // speeds 1 + 0.5 = 1.5 < lambda E[S] = 3.6: unstable whatever the routing
        var unstable = assertThrows(IllegalArgumentException.class, () -> MM4.speeds(1, 0.5).toModel());
        assertTrue(unstable.getMessage().startsWith("--servers/--speeds: utilisation lambda E[S] / sum(speeds) = 2.400"),
                unstable.getMessage());
    }
}
