package brokerlab.cli;

import brokerlab.experiment.Progress;
import brokerlab.experiment.SweepFile;
import brokerlab.experiment.SweepSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepCommandTest {

    private static Path grid(Path dir, String json) throws IOException {
        return Files.writeString(dir.resolve("grid.json"), json);
    }

    @Test
    void printsTheLibrarysTableAndWritesTheResultFiles(@TempDir Path dir) throws IOException {
        Path file = grid(dir, """
                {"name": "tiny", "model": {"kind": "station", "spec": {"arrival": "exp(rate=1)", "service": "exp(rate=1)", "servers": 1}},
                 "grid": {"rho": [0.5, 0.7]}, "replications": 3, "customers": 2000, "seed": 5, "metrics": ["mean_wait"]}""");
        Cli r = Cli.run("sweep", "--grid", file.toString(), "--out", dir.toString(), "--threads", "2");
        assertEquals(0, r.status(), r.err());
        SweepSpec spec = SweepFile.read(file);
        String expected = spec.run(1, Progress.NONE).table(spec.tableMetrics(spec.run(1, Progress.NONE))).printAll();
        assertEquals(expected, r.out().stripTrailing());
        assertTrue(r.err().contains("brokerlab sweep: 6/6") && r.err().contains("done in"), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("tiny.csv")) && Files.isRegularFile(dir.resolve("tiny-runs.meta.json")));
    }

    @Test
    void anUnknownParameterIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path file = grid(dir, """
                {"model": {"kind": "station", "spec": {"arrival": "exp(rate=1)", "service": "exp(rate=1)", "servers": 1}},
                 "grid": {"srvers": [1, 2]}}""");
        Cli r = Cli.run("sweep", "--grid", file.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("'srvers'") && r.err().contains("use one of servers"), r.err());
    }

    @Test
    void anUnstablePointIsNamedBeforeAnyTaskRuns(@TempDir Path dir) throws IOException {
        Path file = grid(dir, """
                {"model": {"kind": "station", "spec": {"arrival": "exp(rate=1)", "service": "exp(rate=1)", "servers": 1}},
                 "grid": {"rho": [0.5, 1.2]}}""");
        Cli r = Cli.run("sweep", "--grid", file.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("brokerlab sweep: at rho = 1.2: ") && !r.err().contains("task"), r.err());
    }

    @Test
    void aMasterWithoutTheSparkModuleNamesTheFix() {
        Cli r = Cli.run("sweep", "--grid", "../examples/sweep-mmc.json", "--master", "local[2]");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("make spark"), r.err());
    }
}
