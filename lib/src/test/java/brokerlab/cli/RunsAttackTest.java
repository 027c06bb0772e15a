package brokerlab.cli;

import brokerlab.experiment.RunRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static brokerlab.cli.Attack.bad;
import static brokerlab.cli.Attack.ok;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The attack suite ({@link Attack}) against {@code runs}: ids that are paths, malformed comparisons, a registry
 * holding a damaged file and a killed writer's leftover, which must never stop the good runs being listed.
 */
class RunsAttackTest {
    @TempDir static Path tmp;
    private static String good, other;

    @BeforeAll
    static void registry() throws IOException {
        RunRegistry runs = RunRegistry.in(tmp.resolve("runs"));
        good = runs.save("good", Map.of("servers", 4), 1, Map.of("mean_wait", 1.97), "test").id();
        other = runs.save("other", Map.of("servers", 5), 2, Map.of("mean_wait", 0.5), "test").id();
        Files.writeString(tmp.resolve("runs").resolve("damaged.json"), "{\"id\": \"damaged\"} trailing SECRET-CONTENT");
        Files.writeString(tmp.resolve("runs").resolve(".killed.json.12345.tmp"), "{\"id\": ");
        Files.writeString(tmp.resolve("file.txt"), "not a folder\n");
        Files.createDirectories(tmp.resolve("empty"));
    }

    static Stream<Arguments> cases() {
        String dir = "{TMP}/runs";
        return Attack.table(
                bad("--show", "runs", "--dir", dir, "--show", "../../etc/passwd"),
                bad("--show", "runs", "--dir", dir, "--show", "/etc/passwd"),
                bad("--show", "runs", "--dir", dir, "--show", "nope"),
                bad("--show", "runs", "--dir", dir, "--show", "damaged"),
                bad("--show", "runs", "--dir", dir, "--show", ""),
                bad("--compare", "runs", "--dir", dir, "--compare", "X,X"),
                bad("--compare", "runs", "--dir", dir, "--compare", "a"),
                bad("--compare", "runs", "--dir", dir, "--compare", "a,b,c"),
                bad("--compare", "runs", "--dir", dir, "--compare", ","),
                bad("--compare", "runs", "--dir", dir, "--compare", "good,nope"),
                bad("--dir", "runs", "--dir", "{TMP}/file.txt"),
                bad("--dir", "runs", "--dir", "a\u0000b"),
                bad("--show", "runs", "--dir", dir, "--show", "x", "--compare", "a,b"),
                bad("--colour", "runs", "--colour", "red"),
                bad("--dir", "runs", "--dir", dir, "--dir", dir),
                ok(r -> assertTrue(r.out().startsWith("no saved runs in "), r.out()), "runs", "--dir", "{TMP}/empty"),
                ok(r -> assertTrue(r.out().startsWith("no saved runs in "), r.out()), "runs", "--dir", "{TMP}/missing"),
                ok(r -> {   // the good runs listed; the damaged file named in one warning line; the leftover ignored
                    assertTrue(r.out().contains(good) && r.out().contains(other), r.out());
                    assertEquals(1, r.errLines().length, r.err());
                    assertTrue(r.err().startsWith("warning: skipped damaged.json") && r.err().contains("it is not valid JSON"), r.err());
                }, "runs", "--dir", dir),
                ok(r -> {
                    @SuppressWarnings("unchecked") List<Map<String, Object>> rows = (List<Map<String, Object>>) r.json().get("rows");
                    assertEquals(List.of(good, other), rows.stream().map(m -> m.get("id")).toList());
                }, "runs", "--dir", dir, "--json"),
                ok(r -> assertEquals(good, r.json().get("id"), r.out()), "runs", "--dir", dir, "--show", good, "--json"),
                ok(r -> assertTrue(r.out().contains("\"field\":\"parameters.servers\""), r.out()),
                        "runs", "--dir", dir, "--compare", good + "," + other, "--json"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyAttackIsAnsweredOrRefusedInOneLine(Attack.Case c) {
        Cli r = Attack.run(c, tmp);
        assertFalse(r.err().contains("SECRET-CONTENT") || r.err().contains("root:"), "file content echoed:\n" + r.err());
    }
}
