package brokerlab.spark;

import brokerlab.cli.Main;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Outcome;
import brokerlab.experiment.Progress;
import brokerlab.experiment.SweepFile;
import brokerlab.experiment.SweepResult;
import brokerlab.experiment.SweepRunner;
import brokerlab.experiment.SweepSpec;
import brokerlab.model.QueueSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark runner against the local threads runner, on one Spark session for the whole class (local[2] with
 * 3 attempts per task; Spark takes seconds to start). Same description and seed: identical tables, identical
 * per-run outcomes (compared as serialized bytes, sketches included).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkSweepTest {
    /** rho x servers, 3 replications of 2,000 customers: 12 tasks, each a few milliseconds. */
    static final SweepSpec SPEC = SweepSpec.station(QueueSpec.of("exp(rate=1)", "exp(rate=1)", 1))
            .over("rho", 0.5, 0.8).over("servers", 1, 2).replications(3).customers(2_000).seed(42).named("tiny");

    /** Calls of the failure hook per (point, replication, attempt); tasks run in this JVM in local mode. */
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    static SparkSweep spark;

    @BeforeAll
    static void start() {
        spark = SparkSweep.connect("local[2,3]");
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.close();
    }

    @Test
    @Order(1)
    void sparkResultIsIdenticalToTheThreadsResult() {
        SweepResult<Outcome> local = SPEC.run(2, Progress.NONE);
        SweepRunner.Report report = spark.run(SPEC, Progress.NONE);
        assertTrue(report.complete(), () -> "failures: " + report.failures());
        assertIdentical(local, report.result());
    }

    @Test
    @Order(2)
    void aNetworkSweepIsIdenticalOnSparkToo() throws IOException {
        SweepSpec tandem = SweepFile.read(Path.of("../examples/sweep-tandem.yaml")).replications(2)
                .length(brokerlab.experiment.RunLength.time(20, 200));
        assertIdentical(tandem.run(2, Progress.NONE), spark.run(tandem, Progress.NONE).result());
    }

    @Test
    @Order(3)
    void aTaskThatThrowsOnceIsRetriedAndTheResultIsUnchanged() {
        CALLS.clear();
        TaskHook flaky = (point, rep, attempt) -> {
            count(point, rep, attempt);
            if (point == 1 && rep == 2 && attempt == 0) throw new IllegalStateException("injected: executor lost");
        };
        SweepRunner.Report report = spark.withHook(flaky).run(SPEC, Progress.NONE);
        assertTrue(report.complete(), () -> "failures: " + report.failures());
        assertEquals(1, CALLS.get("1/2/1").get(), "the failed task ran a second attempt");
        assertIdentical(SPEC.run(2, Progress.NONE), report.result());
    }

    @Test
    @Order(4)
    void aDeterministicFailureIsReportedWithItsPointOnceAndTheOtherPointsComplete() {
        CALLS.clear();
        TaskHook bad = (point, rep, attempt) -> {
            count(point, rep, attempt);
            if (point == 2) throw new IllegalArgumentException("injected: service = lomax(alpha=0.5) is invalid");
        };
        SweepRunner.Report report = spark.withHook(bad).run(SPEC, Progress.NONE);
        assertEquals(1, report.failures().size(), () -> "failures: " + report.failures());
        String line = report.failures().get(0);
        assertTrue(line.contains("point 3 of 4") && line.contains("rho = 0.8, servers = 1") && line.contains("injected"), line);
        for (int rep = 0; rep < 3; rep++) {
            assertEquals(1, CALLS.get("2/" + rep + "/0").get());
            assertFalse(CALLS.containsKey("2/" + rep + "/1"), "a deterministic failure is not retried");
        }
        SweepResult<Outcome> local = SPEC.run(2, Progress.NONE);
        SweepResult<Outcome> partial = report.result();
        assertEquals(List.of(local.points().get(0), local.points().get(1), local.points().get(3)), partial.points());
        assertEquals(local.at(3).get(Metric.MEAN_WAIT), partial.at(2).get(Metric.MEAN_WAIT));
    }

    @Test
    @Order(5)
    void progressCountsEveryTaskUpToTheTotal() {
        List<long[]> updates = new ArrayList<>();
        spark.run(SPEC, (done, total, message) -> updates.add(new long[]{done, total}));
        assertFalse(updates.isEmpty());
        assertArrayEquals(new long[]{12, 12}, updates.get(updates.size() - 1));
        for (int i = 1; i < updates.size(); i++) assertTrue(updates.get(i)[0] > updates.get(i - 1)[0], "done only grows");
    }

    @Test
    @Order(6)
    void parquetHoldsTheTableWithTheSweepsMetadata(@TempDir Path dir) {
        SweepResult<Outcome> result = spark.run(SPEC, Progress.NONE).result();
        List<Path> written = spark.writeExtras(dir, SPEC, result, spark.describe());
        Dataset<Row> table = spark.session().read().parquet(written.get(0).toString());
        Table expected = result.table();
        assertEquals(expected.rowCount(), table.count());
        List<Row> rows = table.orderBy("rho", "servers").collectAsList();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected.doubleColumn("mean_wait").get(i), rows.get(i).getDouble(rows.get(i).fieldIndex("mean_wait")));
        }
        String meta = table.schema().fields()[0].metadata().getString(ParquetOutput.KEY);
        assertTrue(meta.contains("\"seed\":42") && meta.contains("\"spark_version\":\"" + spark.session().version() + "\"")
                && meta.contains("\"library_version\""), meta);
        assertEquals(SPEC.tasks(), spark.session().read().parquet(written.get(1).toString()).count());
    }

    /** Last: the command line starts and stops its own runner, which ends this class's shared Spark context. */
    @Test
    @Order(7)
    void theCommandLinePrintsTheSameTableOnSparkAsOnThreads(@TempDir Path dir) throws IOException {
        Path grid = dir.resolve("tiny.json");
        Files.writeString(grid, SPEC.toJson());
        String threads = cli("sweep", "--grid", grid.toString());
        String onSpark = cli("sweep", "--grid", grid.toString(), "--master", "local[2]", "--out", dir.toString());
        assertEquals(threads, onSpark);
        assertTrue(Files.isDirectory(dir.resolve("tiny.parquet")) && Files.isRegularFile(dir.resolve("tiny.meta.json")));
        spark = null;
    }

    private static void count(int point, int rep, int attempt) {
        CALLS.computeIfAbsent(point + "/" + rep + "/" + attempt, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Same points, same table values, and every replication's outcome the same bytes. */
    static void assertIdentical(SweepResult<Outcome> expected, SweepResult<Outcome> actual) {
        assertNotNull(actual);
        assertEquals(expected.points(), actual.points());
        assertEquals(expected.table().print(), actual.table().print());
        for (int i = 0; i < expected.points().size(); i++) {
            List<Outcome> a = expected.at(i).runs(), b = actual.at(i).runs();
            assertEquals(a.size(), b.size());
            for (int r = 0; r < a.size(); r++) assertArrayEquals(bytes(a.get(r)), bytes(b.get(r)), "point " + i + " replication " + r);
        }
    }

    private static byte[] bytes(Outcome o) {
        try (ByteArrayOutputStream b = new ByteArrayOutputStream(); ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
            out.flush();
            return b.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
