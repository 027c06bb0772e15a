package brokerlab.cli;

import brokerlab.analytic.ErlangC;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static brokerlab.cli.Attack.bad;
import static brokerlab.cli.Attack.near;
import static brokerlab.cli.Attack.number;
import static brokerlab.cli.Attack.ok;
import static org.junit.jupiter.api.Assertions.*;

/** The attack suite ({@link Attack}) against {@code analyze} and the command line's entry: bad input, hostile files, extremes. */
class AnalyzeAttackTest {
    @TempDir static Path tmp;

    private static final String A = "--arrival", S = "--service", C = "--servers";

    @BeforeAll
    static void fixtures() throws IOException {
        Files.writeString(tmp.resolve("file.txt"), "root:x:0:0:SECRET-CONTENT\n");
        Files.writeString(tmp.resolve("trailing.json"), "{\"stations\": []} {\"more\": 1}");
        Files.writeString(tmp.resolve("dup.json"), "{\"stations\": [], \"stations\": []}");
        Files.writeString(tmp.resolve("empty.json"), "");
        Files.writeString(tmp.resolve("array.json"), "[1, 2, 3]");
        Files.writeString(tmp.resolve("secret.json"), "{\"a\": SECRET-CONTENT}");
        // the "billion laughs": nine levels of ten aliases; a YAML reader must refuse it, not expand it
        StringBuilder bomb = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) bomb.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            bomb.append("]\n");
        }
        Files.writeString(tmp.resolve("bomb.yaml"), bomb);
        Files.writeString(tmp.resolve("trace.csv"), "latency\n0.5\n1.5\n");
    }

    static Stream<Arguments> cases() {
        Path tandem = Path.of("..", "examples", "tandem.json").toAbsolutePath().normalize();
        return Attack.table(
                // the entry point
                bad(null),
                bad("'teleport'", "teleport"),
                bad("--colour", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "1", "--colour", "red"),
                bad("'foo'", "analyze", "foo"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C),
                bad("--json", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "1", "--json=maybe"),
                bad("---servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", "---servers", "1"),
                ok(r -> assertTrue(r.out().startsWith("brokerlab "), r.out()), "--version"),
                ok(r -> assertTrue(r.out().contains("exit status"), r.out()), "help"),
                ok(r -> assertTrue(r.out().startsWith("usage: brokerlab analyze"), r.out()), "analyze", "--servers", "-5", "--help"),
                // required and malformed options
                bad("--arrival", "analyze"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "0"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "-1"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "1.5"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "3000000000"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "1e99"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, ""),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "abc"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "4\n5"),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "9".repeat(10_000)),
                bad("--servers", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "4", C, "2"),
                bad("--arrival", "analyze", A, "exp(rate=0)", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "exp(rate=-1)", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "exp(rate=NaN)", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "exp(rate=Infinity)", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "exp(rate=1e-320)", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "expo(rate=1)", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "exp(rate=1", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "exp(rate=1,rate=2)", S, "exp(rate=2)", C, "1"),
                bad("--arrival", "analyze", A, "\u001b[31mexp(rate=1)", S, "exp(rate=2)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=1)", S, "weibull(shape=1e-9,mean=1)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "erlang(k=1000000000,mean=1)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "mixederlang(mean=1,scv=1e-300)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "lomax(alpha=1,mean=1)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "uniform(min=2,max=1)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "empirical(values=1;-1)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "empirical(file={TMP}/file.txt,column=x)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "empirical(file=/dev/zero,column=x)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "empirical(file={TMP}/nope.csv,column=x)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "empirical(file={TMP},column=x)", C, "1"),
                bad("--service", "analyze", A, "exp(rate=0.5)", S, "empirical(file={TMP}/trace.csv,column=nope)", C, "1"),
                bad("--capacity", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "1", "--capacity", "0"),
                bad("--capacity", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "4", "--capacity", "2"),
                bad("--capacity", "analyze", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "4", "--capacity", "2000000000"),
                bad("--method", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "1", "--method", "magic"),
                bad("--method", "analyze", A, "exp(rate=1)", S, "exp(rate=2)", C, "4", "--method", "pk"),
                bad("--servers", "analyze", A, "exp(rate=5)", S, "exp(rate=1)", C, "4"),
                bad("--servers", "analyze", A, "exp(rate=4)", S, "exp(rate=1)", C, "4"),
                bad("--servers", "analyze", A, "exp(rate=3.6e8)", S, "exp(rate=1)", C, "2000000000"),
                // hostile model files: refused before reading, or parsed strictly without echoing their text
                bad("--servers", "analyze", "--model", tandem.toString(), C, "2"),
                bad("--model", "analyze", "--model", "{TMP}/nope.json"),
                bad("--model", "analyze", "--model", "/dev/zero"),
                bad("--model", "analyze", "--model", "{TMP}"),
                bad("--model", "analyze", "--model", "{TMP}/file.txt"),
                bad("--model", "analyze", "--model", "{TMP}/secret.json"),
                bad("--model", "analyze", "--model", "{TMP}/bomb.yaml"),
                bad("--model", "analyze", "--model", "{TMP}/trailing.json"),
                bad("--model", "analyze", "--model", "{TMP}/dup.json"),
                bad("--model", "analyze", "--model", "{TMP}/empty.json"),
                bad("--model", "analyze", "--model", "{TMP}/array.json"),
                bad("--model", "analyze", "--model", "a\u0000b.json"),
                // valid extremes, each against a value derived here
                ok(r -> {   // M/M/1 at rho = 0.999: Wq = rho / (mu - lambda) = 999, p99 = ln(100) / (mu - lambda)
                    near(999, number(r, "mean_wait"), 1e-9, "mean_wait");
                    near(Math.log(100) / 0.001, number(r, "p99_response"), 1e-6, "p99_response");
                }, "analyze", A, "exp(rate=0.999)", S, "exp(rate=1)", C, "1", "--json"),
                ok(r -> {   // rho = 1 - 1e-9: mean response 1 / (mu - lambda) = 1e9 (to the rounding of 1 - 1e-9)
                    near(1 / (1 - 0.999999999), number(r, "mean_response"), 1e-9, "mean_response");
                    near(Math.log(100) / (1 - 0.999999999), number(r, "p99_response"), 1e-6, "p99_response");
                }, "analyze", A, "exp(rate=0.999999999)", S, "exp(rate=1)", C, "1", "--json"),
                ok(r -> {   // M/M/4 at rho = 0.9975 (issue 14): Wq = C / (c mu - lambda)
                    near(QueueTheory.erlangC(4, 3.99) / 0.01, number(r, "mean_wait"), 1e-9, "mean_wait");
                    near(QueueTheory.responsePercentile(3.99, 1, 4, 0.99), number(r, "p99_response"), 1e-6, "p99_response");
                }, "analyze", A, "exp(rate=3.99)", S, "exp(rate=1)", C, "4", "--json"),
                ok(r -> {   // M/M/1000 at rho = 0.99999 (issue 14): Erlang C of the library's ErlangC and of the log-space sum
                    near(ErlangC.waitProbability(1000, 999.99), number(r, "wait_probability"), 1e-9, "wait_probability");
                    near(QueueTheory.erlangC(1000, 999.99), number(r, "wait_probability"), 1e-9, "wait_probability");
                }, "analyze", A, "exp(rate=999.99)", S, "exp(rate=1)", C, "1000", "--json"),
                ok(r -> {   // 10^9 servers at 3.6 erlangs: nobody waits; T = S, so mean 1 and median ln 2
                    assertEquals(0, number(r, "wait_probability"), 1e-300);
                    near(1, number(r, "mean_response"), 1e-12, "mean_response");
                    near(Math.log(2), number(r, "p50_response"), 1e-9, "p50_response");
                }, "analyze", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "1000000000", "--json"),
                ok(r -> {   // rates 1e300: M/M/2 at a = 1, C(2, 1) = 1/3, Wq = (1/3) / (2e300 - 1e300)
                    near(1.0 / 3, number(r, "wait_probability"), 1e-12, "wait_probability");
                    near(1e-300 / 3, number(r, "mean_wait"), 1e-12, "mean_wait");
                    near(1e-300 * 4 / 3, number(r, "mean_response"), 1e-12, "mean_response");
                }, "analyze", A, "exp(rate=1e300)", S, "exp(rate=1e300)", C, "2", "--json"),
                ok(r -> near(1e300, number(r, "mean_response"), 1e-12, "mean_response"),   // M/M/1: 1 / (mu - lambda)
                        "analyze", A, "exp(rate=1e-300)", S, "exp(rate=2e-300)", C, "1", "--json"),
                ok(r -> {   // M/M/4/K with K = 10^5 at rho = 0.9 is M/M/4 to double precision
                    near(QueueTheory.erlangC(4, 3.6) / 0.4, number(r, "mean_wait"), 1e-9, "mean_wait");
                    assertTrue(number(r, "rejection_probability") < 1e-300, r.out());
                }, "analyze", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "4", "--capacity", "100000", "--json"),
                ok(r -> near(QueueTheory.mmckBlocking(8, 1, 4, 10), number(r, "rejection_probability"), 1e-12, "rejection"),
                        "analyze", A, "exp(rate=8)", S, "exp(rate=1)", C, "4", "--capacity", "10", "--json"),
                ok(r -> {   // heavy tail: the one JSON convention, an infinite value is "Infinity" with a note
                    assertEquals("Infinity", r.json().get("mean_wait"), r.out());
                    assertTrue(((String) r.json().get("mean_wait_note")).startsWith("infinite"), r.out());
                }, "analyze", A, "exp(rate=0.5)", S, "lomax(alpha=1.5,mean=1)", C, "1", "--json"),
                ok(r -> {   // P-K: Wq = lambda E[S^2] / (2 (1 - rho)), E[S^2] = (1 + scv) mean^2; the median stays small
                    near(0.5 * (1 + 1e6) / (2 * 0.5), number(r, "mean_wait"), 1e-6, "mean_wait");
                    assertTrue(number(r, "p50_response") < 10, r.out());
                }, "analyze", A, "exp(rate=0.5)", S, "hyperexp(mean=1,scv=1e6)", C, "1", "--json"),
                ok(r -> {   // M/E_k/1, k = 10^4: P-K with E[S^2] = (1 + 1/k)
                    near(0.5 * (1 + 1e-4) / (2 * 0.5), number(r, "mean_wait"), 1e-12, "mean_wait");
                    assertTrue(number(r, "p99_response") > 1 && number(r, "p99_response") < 10, r.out());
                }, "analyze", A, "exp(rate=0.5)", S, "erlang(k=10000,mean=1)", C, "1", "--json"),
                ok(r -> near(0.7 / (2 * 0.3), number(r, "mean_wait"), 1e-12, "mean_wait"),   // M/D/1 P-K: lambda / (2 mu (mu - lambda))
                        "analyze", A, "exp(rate=0.7)", S, "det(value=1)", C, "1", "--json"),
                ok(r -> near(1e-9 * 2 / (2 * (1 - 1e-9)), number(r, "mean_wait"), 1e-9, "mean_wait"),   // E[S^2] = 2 for exp(1)
                        "analyze", A, "exp(rate=1e-9)", S, "exp(rate=1)", C, "1", "--json"),
                ok(r -> assertEquals(1000, ((Number) r.json().get("servers")).intValue(), r.out()),
                        "analyze", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "1_000", "--json"),
                ok(r -> assertEquals(1000, ((Number) r.json().get("servers")).intValue(), r.out()),
                        "analyze", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "1e3", "--json"),
                ok(r -> assertTrue(r.out().startsWith("command ") && r.out().contains("mean_wait"), r.out()),
                        "analyze", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "4", "--json=false"),
                ok(r -> near(QueueTheory.erlangC(4, 3.6) / 0.4, number(r, "mean_wait"), 1e-12, "mean_wait"),
                        "analyze", A, "EXP(RATE=3.6)", S, "exp(rate=1)", C, "4", "--json=TRUE"),
                ok(r -> near(0.2 + 6.4 / 9 / 2 + 1.0, number(r, "mean_response"), 1e-12, "mean_response"),   // Jackson, by hand
                        "analyze", "--model", tandem.toString(), "--json"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyAttackIsAnsweredOrRefusedInOneLine(Attack.Case c) {
        Cli r = Attack.run(c, tmp);
        assertFalse(r.err().contains("SECRET-CONTENT") || r.err().contains("root:x"), "file content echoed:\n" + r.err());
    }
}
