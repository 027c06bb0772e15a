package brokerlab.experiment;

import brokerlab.model.QueueSpec;
import brokerlab.model.StationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepSpecTest {
    static final QueueSpec MM1 = QueueSpec.of("exp(rate=0.5)", "exp(rate=1)", 1);
    static final SweepSpec SMALL = SweepSpec.station(MM1).over("rho", 0.5, 0.8).over("servers", 1, 2)
            .replications(3).customers(3_000).seed(42);

    @Test
    void pointsAreTheProductFirstParameterSlowestAndTasksCountReplications() {
        List<Point> p = SMALL.points();
        assertEquals(4, p.size());
        assertEquals("rho = 0.5, servers = 2", p.get(1).toString());
        assertEquals("rho = 0.8, servers = 1", p.get(2).toString());
        assertEquals(12, SMALL.tasks());
    }

    @Test
    void rhoIsAppliedLastAndSetsTheArrivalRateFromTheServersAndTheServiceMean() {
        Point p = new Point(new java.util.LinkedHashMap<>(Map.of("rho", 0.8)));
        var grid = SweepSpec.station(MM1).over("rho", 0.8).over("servers", 4).over("service.mean", 0.5).points().get(0);
        QueueSpec q = StationKind.at(MM1, grid);
        // lambda = rho * c / E[S] = 0.8 * 4 / 0.5 = 6.4, though rho came before servers and service in the grid
        assertEquals(1 / 6.4, q.arrival().mean(), 1e-15);
        assertEquals(4, q.servers());
        // alone on the base M/M/1 (c = 1, E[S] = 1): lambda = 0.8, mean inter-arrival 1.25
        assertEquals(1.25, StationKind.at(MM1, p).arrival().mean(), 1e-15);
    }

    @Test
    void eachPointRunsAsItsOwnExperimentWould() {
        SweepResult<Outcome> r = SMALL.run(2, Progress.NONE);
        // point 3 is rho = 0.8, servers = 1: an M/M/1 with lambda = 0.8, built here by hand
        var byHand = Experiment.of(QueueSpec.of("exp(rate=0.8)", "exp(rate=1)", 1).toModel())
                .customers(3_000).replications(3).seed(42).run();
        assertEquals(byHand.get(Metric.MEAN_WAIT), r.at(2).get(Metric.MEAN_WAIT));
        assertEquals(byHand.get(Metric.P99_RESPONSE), r.at(2).get(Metric.P99_RESPONSE));
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        assertEquals(SMALL.run(1, Progress.NONE).table().print(), SMALL.run(2, Progress.NONE).table().print());
    }

    @Test
    void anUnknownParameterListsTheValidOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> SweepSpec.station(MM1).over("srvers", 1, 2));
        assertTrue(e.getMessage().contains("'srvers'") && e.getMessage().contains("use one of servers, capacity, arrival.mean"),
                e.getMessage());
    }

    @Test
    void moreTasksThanAnIntCanCountIsRefusedWithoutEnumeratingThem() {
        double[] many = java.util.stream.IntStream.range(0, 2_000).mapToDouble(i -> 0.1 + i * 1e-4).toArray();
        SweepSpec huge = SweepSpec.station(MM1).over("rho", many).over("service.scv", many).over("arrival.scv", many);
        var e = assertThrows(IllegalArgumentException.class, huge::tasks);     // 8e9 points x 10 replications
        assertTrue(e.getMessage().contains("at most 2^31 - 1 tasks"), e.getMessage());
    }

    @Test
    void anEmptyGridFailsBeforeAnythingRuns() {
        var e = assertThrows(IllegalArgumentException.class, () -> SweepSpec.station(MM1).run());
        assertTrue(e.getMessage().startsWith("grid = {} is invalid: it is empty"), e.getMessage());
    }

    @Test
    void anUnstablePointFailsNamingThePointBeforeAnyTaskRuns() {
        SweepSpec s = SweepSpec.station(MM1).over("servers", 2, 1).over("rho", 0.9, 1.0);
        var e = assertThrows(IllegalArgumentException.class, s::models);
        assertTrue(e.getMessage().startsWith("at servers = 2, rho = 1: ") && e.getMessage().contains("unstable"), e.getMessage());
    }

    @Test
    void aFractionalServerCountIsInvalidAtItsPoint() {
        var e = assertThrows(IllegalArgumentException.class, () -> SweepSpec.station(MM1).over("servers", 1, 2.5).models());
        assertTrue(e.getMessage().startsWith("at servers = 2.5: ") && e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void rhoCannotBeSweptWithTheArrivalRateItSets() {
        var e = assertThrows(IllegalArgumentException.class, () -> SweepSpec.station(MM1).over("rho", 0.5).over("arrival.rate", 1));
        assertTrue(e.getMessage().contains("rho sets the arrival rate"), e.getMessage());
    }

    @Test
    void aMetricTheModelDoesNotMeasureIsRejectedUpFront() {
        var e = assertThrows(IllegalArgumentException.class, () -> SMALL.metrics("mean_wiat"));
        assertTrue(e.getMessage().contains("'mean_wiat'") && e.getMessage().contains("mean_wait"), e.getMessage());
    }

    @Test
    void jsonReadsBackToAnEqualDescriptionInTheSameGridOrder() {
        SweepSpec s = SMALL.over("service.scv", 2, 0.5).metrics("mean_wait").named("round-trip");
        SweepSpec back = SweepFile.fromJson(s.toJson());
        assertEquals(s, back);
        assertEquals(s.points(), back.points());
    }

    @Test
    void aYamlFileWithAModelFileRunsTheNetworkItNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("two.yaml"), """
                stations:
                  - {name: front, servers: 1, service: exp(rate=4)}
                routing: {}
                sources:
                  - {station: front, interarrival: exp(rate=2)}
                """);
        Files.writeString(dir.resolve("sweep.yaml"), """
                model: {kind: network, file: two.yaml}
                grid: {front.servers: [1, 2]}
                replications: 2
                time: 500
                """);
        SweepSpec s = SweepFile.read(dir.resolve("sweep.yaml"));
        assertEquals(2 * 2, s.tasks());                       // 2 points x 2 replications
        var r = s.run(2, Progress.NONE);
        // M/M/1 with lambda 2, mu 4: utilization 0.5; with 2 servers 0.25 each
        assertEquals(0.5, r.at(0).point(Metric.of("front_utilization", "", Metric.Kind.TIME_AVERAGE)), 0.05);
        var e = assertThrows(IllegalArgumentException.class, () -> SweepSpec.of("network", s.base()).over("back.servers", 2));
        assertTrue(e.getMessage().contains("front.servers"), e.getMessage());
    }

    @Test
    void anUnknownKindListsTheRegisteredOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> SweepSpec.of("broker", Map.of()));
        assertTrue(e.getMessage().contains("[network, station]"), e.getMessage());
    }

    @Test
    void filesGetTheTableAndOneRowPerTaskWithTheSweepsMetadata(@TempDir Path dir) throws IOException {
        SweepResult<Outcome> r = SMALL.run(2, Progress.NONE);
        List<Path> written = SweepFile.write(dir, SMALL.named("small"), r, Map.of("runner", "threads"));
        assertEquals(List.of(dir.resolve("small.csv"), dir.resolve("small-runs.csv")), written);
        assertEquals(1 + 12, Files.readAllLines(dir.resolve("small-runs.csv")).size());
        String meta = Files.readString(dir.resolve("small.meta.json"));
        assertTrue(meta.contains("\"seed\": 42") && meta.contains("\"runner\": \"threads\"") && meta.contains("\"tasks\": 12"), meta);
    }

    @Test
    void withoutTheSparkModuleAMasterNamesTheFix() {
        var e = assertThrows(IllegalArgumentException.class, () -> SweepRunner.forMaster("local[2]"));
        assertTrue(e.getMessage().contains("make spark"), e.getMessage());
    }
}
