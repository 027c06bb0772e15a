package brokerlab.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A child JVM for {@link RunRegistryConcurrencyTest}: waits for a gate file (so that every process starts saving
 * at the same moment), then saves {@code count} runs named {@code name} on {@code threads} threads with the clock
 * fixed at one second, printing each id; with count 0 it saves until it is killed.
 * Arguments: DIR NAME COUNT THREADS GATE.
 */
final class SaveRunsMain {
    static final Instant SECOND = Instant.parse("2026-11-21T08:30:00Z");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String name = args[1];
        int count = Integer.parseInt(args[2]), threads = Integer.parseInt(args[3]);
        Path gate = Path.of(args[4]);
        while (!Files.exists(gate)) Thread.sleep(2);
        RunRegistry runs = RunRegistry.in(dir, Clock.fixed(SECOND, ZoneOffset.UTC));
        Map<String, Object> results = Map.of("meanWait", 4.444, "p99", Double.POSITIVE_INFINITY, "note", "x".repeat(2000));
        if (count == 0) {
            for (long i = 0; ; i++) runs.save(name, Map.of("i", i), i, results, "child");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = i;
            ids.add(pool.submit(() -> runs.save(name, Map.of("seed", seed), seed, results, "child").id()));
        }
        for (Future<String> f : ids) System.out.println(f.get());
        pool.shutdown();
    }
}
