package brokerlab.cli;

import brokerlab.experiment.RunRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command line as a user runs it: {@code bin/brokerlab} started as a real process (on the classes under test,
 * through the script's {@code BROKERLAB_CLASSPATH}), for what only a process shows: exit statuses, a Ctrl-C
 * (SIGINT) that prints the finished replications marked partial and exits 130, and saves killed with SIGKILL that
 * never break the listing.
 */
class CliProcessTest {
    private static final Path SCRIPT = Path.of("..", "bin", "brokerlab").toAbsolutePath().normalize();
    private static final String[] MM4 = {"simulate", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--servers", "4"};

    /**
     * Starts the script in {@code cwd}. A shell that started us in the background may have left SIGINT ignored, and an
     * ignored signal stays ignored across exec; python3, when present, restores its default before exec'ing the script.
     */
    private static Process start(Path cwd, boolean restoreSigint, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (restoreSigint) {
            command.addAll(List.of("python3", "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                    + "os.execv(sys.argv[1], sys.argv[1:])"));
        }
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().put("BROKERLAB_CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().put("BROKERLAB_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
        pb.redirectOutput(cwd.resolve("stdout.txt").toFile()).redirectError(cwd.resolve("stderr.txt").toFile());
        return pb.start();
    }

    private static String read(Path cwd, String name) throws IOException {
        return Files.readString(cwd.resolve(name), StandardCharsets.UTF_8);
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "-c", "pass").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void badInputExitsTwoWithOneLineAndGoodInputZero(@TempDir Path cwd) throws Exception {
        Process bad = start(cwd, false, "analyze", "--arrival", "exp(rate=5)", "--service", "exp(rate=1)", "--servers", "4");
        assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, bad.exitValue(), read(cwd, "stderr.txt"));
        assertEquals("", read(cwd, "stdout.txt"));
        assertEquals(1, read(cwd, "stderr.txt").lines().count());
        assertTrue(read(cwd, "stderr.txt").contains("--servers"));

        Process good = start(cwd, false, "analyze", "--arrival", "exp(rate=3.6)", "--service", "exp(rate=1)", "--servers", "4", "--json");
        assertTrue(good.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, good.exitValue(), read(cwd, "stderr.txt"));
        assertEquals(QueueTheory.erlangC(4, 3.6) / 0.4, (Double) JsonReader.object(read(cwd, "stdout.txt")).get("mean_wait"), 1e-12);
    }

    @Test
    void ctrlCPrintsTheFinishedReplicationsMarkedPartialAndExits130(@TempDir Path cwd) throws Exception {
        assumeTrue(python3(), "python3 restores SIGINT for the child; without it this machine's shell may ignore it");
        Process p = start(cwd, true, SimulateAttackTest.concat(MM4, "--customers", "3e6", "--replications", "200",
                "--save", "long", "--runs-dir", "reg", "--json"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (finished(read(cwd, "stderr.txt")) < 3 && System.nanoTime() < deadline && p.isAlive()) Thread.sleep(50);
        assertTrue(p.isAlive(), "still running after three replications: " + read(cwd, "stderr.txt"));
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped after SIGINT");
        String err = read(cwd, "stderr.txt");
        assertEquals(130, p.exitValue(), err);
        Map<String, Object> json = JsonReader.object(read(cwd, "stdout.txt"));
        assertEquals(Boolean.TRUE, json.get("partial"), json.toString());
        int done = ((Number) json.get("replications")).intValue();
        assertTrue(done >= 3 && done < 200, "replications " + done);
        assertTrue(err.strip().lines().reduce((a, b) -> b).orElse("").contains("marked partial"), err);
        assertEquals(Boolean.TRUE, RunRegistry.in(cwd.resolve("reg")).load((String) json.get("saved_run")).parameters().get("partial"));
    }

    /** The most replications a (throttled) progress line has reported finished. */
    private static int finished(String stderr) {
        var m = java.util.regex.Pattern.compile("simulate: (\\d+)/200").matcher(stderr);
        int most = 0;
        while (m.find()) most = Math.max(most, Integer.parseInt(m.group(1)));
        return most;
    }

    @Test
    void savesKilledMidwayNeverBreakTheListing(@TempDir Path cwd) throws Exception {
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path dir = Files.createDirectories(cwd.resolve("w" + i));
            writers.add(start(dir, false, SimulateAttackTest.concat(MM4, "--customers", "2000", "--replications", "2",
                    "--seed", Integer.toString(i), "--save", "killed", "--runs-dir", cwd.resolve("reg").toString())));
        }
        // SIGKILL (no shutdown hook) at staggered moments: before, during or after the save
        for (int i = 0; i < writers.size(); i++) {
            Thread.sleep(250L * i);
            writers.get(i).destroyForcibly();
        }
        for (Process w : writers) assertTrue(w.waitFor(30, TimeUnit.SECONDS));
        Process list = start(cwd, false, "runs", "--dir", "reg", "--json");
        assertTrue(list.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, list.exitValue(), read(cwd, "stderr.txt"));
        assertEquals("", read(cwd, "stderr.txt"), "no unreadable run file");
        RunRegistry.Listing listing = RunRegistry.in(cwd.resolve("reg")).scan();
        assertEquals(List.of(), listing.warnings());
        long files = 0;
        if (Files.isDirectory(cwd.resolve("reg"))) {
            try (var s = Files.list(cwd.resolve("reg"))) {
                files = s.filter(f -> f.toString().endsWith(".json")).count();
            }
        }
        assertEquals(files, listing.runs().size(), "every published file is a whole run");
    }
}
