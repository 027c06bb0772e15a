package brokerlab.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Saves racing for one id (same name, same second) from threads and from separate JVMs, and a writer killed
 * mid-save: every save gets its own id and its whole record, and the listing never breaks.
 */
class RunRegistryConcurrencyTest {

    private static Process child(Path dir, String name, int count, int threads, Path gate) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SaveRunsMain.class.getName(), dir.toString(), name, Integer.toString(count), Integer.toString(threads), gate.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void assertDistinctValidRuns(RunRegistry runs, List<String> ids, int expected) {
        assertEquals(expected, new HashSet<>(ids).size(), "every save printed its own id");
        RunRegistry.Listing listing = runs.scan();
        assertEquals(List.of(), listing.warnings());
        assertEquals(expected, listing.runs().size());
        Set<String> listed = new HashSet<>();
        listing.runs().forEach(r -> listed.add(r.id()));
        assertEquals(new HashSet<>(ids), listed, "the listing holds exactly the saved ids");
        for (String id : ids) {
            RunRecord r = runs.load(id);
            assertEquals(id, r.id());
            assertEquals(Double.POSITIVE_INFINITY, r.results().get("p99"), "the whole record, infinity included");
        }
    }

    @Test
    void hundredSameNameSavesFromThreadsGetHundredDistinctValidRuns(@TempDir Path dir) throws Exception {
        RunRegistry runs = RunRegistry.in(dir, Clock.fixed(SaveRunsMain.SECOND, ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long seed = i;
            futures.add(pool.submit(() -> {
                start.await();
                return runs.save("race", Map.of("seed", seed), seed, Map.of("p99", Double.POSITIVE_INFINITY), "thread").id();
            }));
        }
        start.countDown();
        List<String> ids = new ArrayList<>();
        for (Future<String> f : futures) ids.add(f.get(60, TimeUnit.SECONDS));
        pool.shutdown();
        assertTrue(ids.contains("race-20261121T083000Z") && ids.contains("race-20261121T083000Z-100"), ids.toString());
        assertDistinctValidRuns(runs, ids, 100);
    }

    @Test
    void hundredSameNameSavesFromFiveProcessesGetHundredDistinctValidRuns(@TempDir Path dir) throws Exception {
        Path gate = dir.resolve("gate");
        Path store = dir.resolve("runs");
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < 5; p++) children.add(child(store, "race", 20, 4, gate));
        Thread.sleep(300);                 // let the JVMs start, then open the gate for all at once
        Files.createFile(gate);
        List<String> ids = new ArrayList<>();
        for (Process c : children) {
            assertTrue(c.waitFor(60, TimeUnit.SECONDS), "child finished");
            assertEquals(0, c.exitValue());
            ids.addAll(new String(c.getInputStream().readAllBytes()).lines().toList());
        }
        assertEquals(100, ids.size());
        assertDistinctValidRuns(RunRegistry.in(store), ids, 100);
    }

    @Test
    void aWriterKilledMidSaveNeverBreaksTheListing(@TempDir Path dir) throws Exception {
        Path gate = dir.resolve("gate");
        Files.createFile(gate);
        Path store = dir.resolve("runs");
        Process writer = child(store, "killed", 0, 1, gate);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count(store, ".json") < 30 && System.nanoTime() < deadline) Thread.sleep(5);
        } finally {
            writer.destroyForcibly();          // SIGKILL: no shutdown hooks, possibly in the middle of a write
            writer.waitFor(10, TimeUnit.SECONDS);
        }
        RunRegistry.Listing listing = RunRegistry.in(store).scan();
        assertEquals(List.of(), listing.warnings(), "no partial run file is ever published");
        assertTrue(listing.runs().size() >= 30, "saved runs: " + listing.runs().size());
        assertEquals(count(store, ".json"), listing.runs().size(), "every published file is a whole run");
    }

    private static long count(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
