package brokerlab.cli;

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

/** The attack suite ({@link Attack}) against {@code sweep}: hostile grid files, threads and output folders. */
class SweepAttackTest {
    @TempDir static Path tmp;

    /** M/M/1 at rho 0.5 and 0.8: mean wait rho / (mu - lambda) = 1 and 4 at mu = 1. */
    private static final String SMALL = """
            {"name": "mm1", "model": {"kind": "station", "spec": {"arrival": "exp(rate=1)", "service": "exp(rate=1)", "servers": 1}},
             "grid": {"rho": [0.5, 0.8]}, "replications": 4, "customers": 20000, "seed": 3, "metrics": ["mean_wait"]}
            """;

    @BeforeAll
    static void fixtures() throws IOException {
        Files.writeString(tmp.resolve("small.json"), SMALL);
        Files.writeString(tmp.resolve("trailing.json"), SMALL + " {}");
        Files.writeString(tmp.resolve("unknown.json"), SMALL.replace("\"seed\"", "\"colour\": 1, \"seed\""));
        Files.writeString(tmp.resolve("unstable.json"), SMALL.replace("[0.5, 0.8]", "[0.5, 1.2]"));
        Files.writeString(tmp.resolve("secret.json"), "{SECRET-CONTENT}");
        Files.writeString(tmp.resolve("file.txt"), "not a folder\n");
    }

    static Stream<Arguments> cases() {
        return Attack.table(
                bad("--grid", "sweep"),
                bad("--grid", "sweep", "--grid", "{TMP}/nope.json"),
                bad("--grid", "sweep", "--grid", "/dev/zero"),
                bad("--grid", "sweep", "--grid", "{TMP}"),
                bad("--grid", "sweep", "--grid", "{TMP}/secret.json"),
                bad("--grid", "sweep", "--grid", "{TMP}/trailing.json"),
                bad("--grid", "sweep", "--grid", "{TMP}/unknown.json"),
                bad("--servers", "sweep", "--grid", "{TMP}/unstable.json"),     // "at rho = 1.2: --servers = 1 is too few"
                bad("--grid", "sweep", "--grid", "a\u0000b"),
                bad("--grid", "sweep", "--grid", "{TMP}/small.json", "--grid", "{TMP}/small.json"),
                bad("--threads", "sweep", "--grid", "{TMP}/small.json", "--threads", "0"),
                bad("--threads", "sweep", "--grid", "{TMP}/small.json", "--threads", "1000000"),
                bad("--out", "sweep", "--grid", "{TMP}/small.json", "--out", "{TMP}/file.txt"),
                bad("--out", "sweep", "--grid", "{TMP}/small.json", "--out", "{TMP}/file.txt/below"),
                ok(r -> {   // M/M/1: Wq = rho / (1 - rho) at mu = 1, inside each point's 95% interval (fixed seed)
                    @SuppressWarnings("unchecked") List<Map<String, Object>> rows = (List<Map<String, Object>>) r.json().get("rows");
                    assertEquals(2, rows.size(), r.out());
                    for (Map<String, Object> row : rows) {
                        double rho = ((Number) row.get("rho")).doubleValue(), exact = rho / (1 - rho);
                        double lo = ((Number) row.get("mean_wait_lo")).doubleValue(), hi = ((Number) row.get("mean_wait_hi")).doubleValue();
                        assertTrue(lo <= exact && exact <= hi, rho + ": " + exact + " outside [" + lo + ", " + hi + "]");
                    }
                }, "sweep", "--grid", "{TMP}/small.json", "--threads", "2", "--json"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyAttackIsAnsweredOrRefusedInOneLine(Attack.Case c) {
        Cli r = Attack.run(c, tmp);
        assertFalse(r.err().contains("SECRET-CONTENT"), "file content echoed:\n" + r.err());
    }
}
