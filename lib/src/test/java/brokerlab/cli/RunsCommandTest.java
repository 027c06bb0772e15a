package brokerlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunsCommandTest {
    private static final String[] MM1 = {"simulate", "--arrival", "exp(rate=0.5)", "--service", "exp(rate=1)", "--servers", "1",
            "--customers", "5000", "--replications", "3"};

    private static String savedId(Cli cli) {
        Matcher m = Pattern.compile("saved_run\\s+(\\S+)").matcher(cli.out());
        assertTrue(m.find(), cli.out());
        return m.group(1);
    }

    @Test
    void simulateSavesARunThatRunsListsAndCompares(@TempDir Path dir) throws Exception {
        Cli first = Cli.run(concat(MM1, "--seed", "1", "--save", "mm1", "--runs-dir", dir.toString()));
        assertEquals(0, first.status(), first.err());
        Cli second = Cli.run(concat(MM1, "--seed", "2", "--save", "mm1", "--runs-dir", dir.toString()));
        String a = savedId(first), b = savedId(second);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }

        Cli list = Cli.run("runs", "--dir", dir.toString());
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains(a) && list.out().contains(b), list.out());

        Cli compare = Cli.run("runs", "--dir", dir.toString(), "--compare", a + "," + b, "--json");
        assertEquals(0, compare.status(), compare.err());
        assertTrue(compare.out().contains("\"field\":\"seed\""), compare.out());
        assertTrue(compare.out().contains("results.mean_wait"), compare.out());
    }

    @Test
    void unknownRunIdsExitTwoWithOneLineNamingTheId(@TempDir Path dir) {
        Cli cli = Cli.run("runs", "--dir", dir.toString(), "--show", "nope");
        assertEquals(2, cli.status());
        assertTrue(cli.err().startsWith("brokerlab runs: run id"), cli.err());
        assertEquals(1, cli.err().strip().lines().count());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
