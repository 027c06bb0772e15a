package brokerlab.cli;

import brokerlab.experiment.Cancellation;
import brokerlab.experiment.RunRecord;
import brokerlab.experiment.RunRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static brokerlab.cli.Attack.bad;
import static brokerlab.cli.Attack.halfWidth;
import static brokerlab.cli.Attack.near;
import static brokerlab.cli.Attack.number;
import static brokerlab.cli.Attack.ok;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The attack suite ({@link Attack}) against {@code simulate}: bad and oversized options refused before any work,
 * hostile run names and folders, valid extremes checked against theory or an exact scaling law, a run stopped
 * early (Ctrl-C's cancellation) printing its partial results, and 100 concurrent saves of one name.
 */
class SimulateAttackTest {
    @TempDir static Path tmp;

    private static final String A = "--arrival", S = "--service", C = "--servers", N = "--customers", R = "--replications";
    private static final String[] MM4 = {"simulate", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "4"};

    @BeforeAll
    static void fixtures() throws IOException {
        Files.writeString(tmp.resolve("file.txt"), "not a folder\n");
    }

    /** An M/M/4 at rho = 0.9, 2,000 customers x 2 replications, plus {@code extra}. */
    private static String[] mm4(String... extra) {
        return concat(concat(MM4, N, "2000", R, "2"), extra);
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** |estimate - exact| within three 95% half-widths (the seeds are fixed, so this never flickers). */
    private static Consumer<Cli> within(String metric, double exact) {
        return r -> {
            double est = number(r, metric), h = halfWidth(r, metric);
            assertTrue(h > 0 && Double.isFinite(h), metric + " half-width " + h);
            assertTrue(Math.abs(est - exact) <= 3 * h, metric + " " + est + " ± " + h + " vs exact " + exact);
        };
    }

    static Stream<Arguments> cases() {
        Path tandem = Path.of("..", "examples", "tandem.json").toAbsolutePath().normalize();
        double erlangWq = QueueTheory.erlangC(4, 3.6) / 0.4;
        return Attack.table(
                bad("--customers", concat(MM4, N, "1")),
                bad("--customers", concat(MM4, N, "-5")),
                bad("--customers", concat(MM4, N, "1.5")),
                bad("--customers", concat(MM4, N, "1e19")),
                bad("--customers", concat(MM4, N, "")),
                bad("--customers", concat(MM4, N, "1e13")),
                bad("--replications", concat(MM4, R, "1")),
                bad("--replications", concat(MM4, R, "1e9")),
                bad("--replications", concat(MM4, R, "3e9")),
                bad("--seed", mm4("--seed", "abc")),
                bad("--seed", mm4("--seed", "1e19")),
                bad("--seed", mm4("--seed", "1.5")),
                bad("--servers", "simulate", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "1000000000", N, "2000", R, "2"),
                bad("--customers", "simulate", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "2000000", "--routing", "jsq", N, "1e8", R, "2"),
                bad("--capacity", "simulate", A, "exp(rate=8)", S, "exp(rate=1)", C, "4", "--capacity", "2000000000", N, "1e9", R, "2"),
                bad("--speeds", "simulate", A, "exp(rate=1)", S, "exp(rate=1)", "--speeds", "1,0,1", N, "2000", R, "2"),
                bad("--speeds", "simulate", A, "exp(rate=1)", S, "exp(rate=1)", "--speeds", "1,abc", N, "2000", R, "2"),
                bad("--speeds", "simulate", A, "exp(rate=1)", S, "exp(rate=1)", "--speeds", "1,1", C, "3", N, "2000", R, "2"),
                bad("--speeds", "simulate", A, "exp(rate=1)", S, "exp(rate=1)", "--speeds", "1e999,1", N, "2000", R, "2"),
                bad("--routing", mm4("--routing", "teleport")),
                bad("--routing", mm4("--routing", "power-of-99999")),
                bad("--discipline", mm4("--discipline", "lifo")),
                bad("--discipline", mm4("--discipline", "ps", "--routing", "jsq")),
                bad("--servers", "simulate", A, "exp(rate=2)", S, "exp(rate=1)", C, "1", N, "2000", R, "2"),
                bad("--servers", "simulate", A, "det(value=1)", S, "det(value=1)", C, "1", N, "2000", R, "2"),
                bad("--json", mm4("--json", "--json")),
                // run names and folders: refused before the simulation, never written outside the registry
                bad("--save", mm4("--save", "../x", "--runs-dir", "{REG}")),
                bad("--save", mm4("--save", "/abs/x", "--runs-dir", "{REG}")),
                bad("--save", mm4("--save", "a".repeat(300), "--runs-dir", "{REG}")),
                bad("--save", mm4("--save", "", "--runs-dir", "{REG}")),
                bad("--save", mm4("--save", "a b", "--runs-dir", "{REG}")),
                bad("--save", mm4("--save", ".hidden", "--runs-dir", "{REG}")),
                bad("--save", mm4("--save", "a\nb", "--runs-dir", "{REG}")),
                bad("--save", mm4("--save", "..", "--runs-dir", "{REG}")),
                bad("--runs-dir", mm4("--save", "x", "--runs-dir", "{TMP}/file.txt")),
                bad("--runs-dir", mm4("--save", "x", "--runs-dir", "{TMP}/file.txt/sub")),
                bad("--runs-dir", mm4("--save", "x", "--runs-dir", "a\u0000b")),
                bad("--runs-dir", mm4("--runs-dir", "{REG}")),
                bad("--save", "simulate", "--model", tandem.toString(), "--save", "../up", "--runs-dir", "{REG}"),
                bad("--routing", "simulate", "--model", tandem.toString(), "--routing", "jsq"),
                // valid extremes
                ok(within("mean_wait", erlangWq), concat(MM4, N, "50000", R, "4", "--seed", "7", "--json")),
                ok(r -> {   // exponential times scale exactly with the rates: the same seed at rates 1e300 is the
                            // unit-rate run divided by 1e300, half-widths included (not the 0 that squares underflowing gave)
                    Cli unit = Cli.run(concat(MM4, N, "2000", R, "3", "--seed", "5", "--json"));
                    near(number(unit, "mean_response") * 1e-300, number(r, "mean_response"), 1e-9, "mean_response");
                    near(halfWidth(unit, "mean_response") * 1e-300, halfWidth(r, "mean_response"), 1e-6, "its half-width");
                    assertTrue(halfWidth(r, "p99_response") > 0, r.out());
                }, "simulate", A, "exp(rate=3.6e300)", S, "exp(rate=1e300)", C, "4", N, "2000", R, "3", "--seed", "5", "--json"),
                ok(r -> {   // and at rates 1e-300 (squares that overflowed gave infinite half-widths)
                    Cli unit = Cli.run(concat(MM4, N, "2000", R, "3", "--seed", "5", "--json"));
                    near(number(unit, "mean_response") * 1e300, number(r, "mean_response"), 1e-9, "mean_response");
                    near(halfWidth(unit, "mean_response") * 1e300, halfWidth(r, "mean_response"), 1e-6, "its half-width");
                }, "simulate", A, "exp(rate=3.6e-300)", S, "exp(rate=1e-300)", C, "4", N, "2000", R, "3", "--seed", "5", "--json"),
                ok(r -> {   // 10^5 servers at 3.6 erlangs: nobody waits, T = S with mean 1
                    assertEquals(0, number(r, "wait_probability"), 0);
                    within("mean_response", 1).accept(r);
                }, "simulate", A, "exp(rate=3.6)", S, "exp(rate=1)", C, "100000", N, "20000", R, "3", "--json"),
                ok(r -> {   // D/D/1: arrivals every 1, service 0.5: no wait, response exactly 0.5, half busy
                    assertEquals(0, number(r, "mean_wait"), 0);
                    assertEquals(0.5, number(r, "mean_response"), 1e-12);
                    assertEquals(0.5, number(r, "utilization"), 1e-6);
                }, "simulate", A, "det(value=1)", S, "det(value=0.5)", C, "1", N, "2000", R, "2", "--json"),
                ok(r -> {   // overloaded (rho = 2) with a room of 2e9 that 2,200 arrivals never fill: nothing rejected
                    assertEquals(0, number(r, "rejection_probability"), 0);
                    assertTrue(number(r, "utilization") > 0.9, r.out());
                }, "simulate", A, "exp(rate=8)", S, "exp(rate=1)", C, "4", "--capacity", "2000000000", N, "2000", R, "2", "--json"),
                ok(within("mean_response", 2),   // M/M/1-PS at rho = 0.5: E[T] = 1 / (mu - lambda), as FCFS
                        "simulate", A, "exp(rate=0.5)", S, "exp(rate=1)", C, "1", "--discipline", "ps", N, "20000", R, "4", "--json"),
                ok(within("mean_response", 2),   // random split of lambda = 1 over two unit servers: two M/M/1 at 0.5
                        "simulate", A, "exp(rate=1)", S, "exp(rate=1)", "--speeds", "1,1", "--routing", "random", N, "20000", R, "4", "--json"),
                ok(within("mean_response", 2 / (Math.sqrt(5) - 1)),   // round robin: E2/M/1 per server, sigma = (3 - sqrt 5) / 2
                        "simulate", A, "exp(rate=1)", S, "exp(rate=1)", "--speeds", "1,1", "--routing", "round-robin", N, "20000", R, "4", "--json"),
                ok(within("mean_response", 1 + 0.1 * 1.0001 / (2 * 0.9)),   // M/E_10^4/1 at rho = 0.1, P-K
                        "simulate", A, "exp(rate=0.1)", S, "erlang(k=10000,mean=1)", C, "1", N, "1000", R, "3", "--json"),
                ok(within("mean_response", 0.2 + 6.4 / 9 / 2 + 1.0),   // the tandem network, Jackson by hand
                        "simulate", "--model", tandem.toString(), N, "20000", R, "3", "--json"),
                ok(r -> assertTrue(r.out().startsWith("command ") && r.out().contains("mean_wait"), r.out()), mm4("--json=false")),
                ok(r -> assertEquals(1000, ((Number) r.json().get("customers")).intValue(), r.out()),
                        concat(MM4, N, "1_000", R, "2", "--json")),
                ok(r -> assertEquals(Long.MAX_VALUE, ((Number) r.json().get("seed")).longValue(), r.out()),
                        mm4("--seed", "9223372036854775807", "--json")),
                ok(r -> assertEquals(-1, ((Number) r.json().get("seed")).longValue(), r.out()), mm4("--seed", "-1", "--json")),
                ok(r -> {
                    assertTrue(((String) r.json().get("saved_run")).matches("a\\.b_c-1-\\d{8}T\\d{6}Z"), r.out());
                }, mm4("--save", "a.b_c-1", "--runs-dir", "{REG}", "--json")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyAttackIsAnsweredOrRefusedInOneLine(Attack.Case c) {
        Attack.run(c, tmp);
    }

    /** A run cancelled (as Ctrl-C does) after two of ten replications prints those, marked partial, and exits 130. */
    @Test
    void aCancelledRunPrintsItsFinishedReplicationsMarkedPartial() throws IOException {
        Path reg = tmp.resolve("partial");
        var out = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        Cancellation stop = new Cancellation();
        Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8), err, label -> (done, total, message) -> {
            err.println(label + ": " + done + "/" + total + " " + message);
            if (done >= 2) {
                // let the 20 ms heartbeat speak once first, however fast this machine runs the replications
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (!errBytes.toString(StandardCharsets.UTF_8).contains("replications finished, ") && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                stop.cancel("stopped by the test");
            }
        }, stop, Duration.ofMillis(20));
        int status = Main.run(concat(MM4, N, "200000", R, "10", "--save", "cut", "--runs-dir", reg.toString(), "--json"), io);
        String text = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals(130, status, text);
        Map<String, Object> json = JsonReader.object(out.toString(StandardCharsets.UTF_8));
        assertEquals(Boolean.TRUE, json.get("partial"));
        int done = ((Number) json.get("replications")).intValue();
        assertTrue(done >= 2 && done < 10, "replications " + done);
        assertEquals(10, ((Number) json.get("replications_planned")).intValue());
        assertTrue(json.get("warnings").toString().contains("partial: stopped by the test after " + done + " of 10"), json.toString());
        assertTrue(text.lines().anyMatch(l -> l.matches("simulate: \\d+/10 replications finished, \\S+ elapsed, .*")), text);
        String last = text.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("brokerlab simulate: partial:") && last.contains("marked partial"), last);
        RunRecord saved = RunRegistry.in(reg).load((String) json.get("saved_run"));
        assertEquals(Boolean.TRUE, saved.parameters().get("partial"));
        assertEquals(done, saved.parameters().get("replications"));
    }

    /** A long run first times a pilot for its ETA; stopped before any replication finished, it says so and exits 130. */
    @Test
    void aLongRunStoppedBeforeAnyReplicationFinishedSaysSo() throws Exception {
        var out = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        Cancellation stop = new Cancellation();
        Io io = Io.of(new PrintStream(out, true, StandardCharsets.UTF_8), err, stop, Duration.ofMillis(10));
        Thread watcher = new Thread(() -> {
            while (!errBytes.toString(StandardCharsets.UTF_8).contains("0/10 replications finished")) Thread.onSpinWait();
            stop.cancel("stopped by the test");
        });
        watcher.setDaemon(true);
        watcher.start();
        // 2.2e8 customers in all: above LongRun's threshold, so a pilot times it first; stopped at the first
        // heartbeat, 10 ms in, long before a replication of 2.2e7 customers ends (the two abandoned ones end soon)
        int status = Main.run(concat(MM4, N, "2e7", R, "10"), io);
        String text = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals(130, status, text);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(text.startsWith("simulate: a long run, about "), text);
        assertTrue(text.contains("0/10 replications finished") && text.contains("left (pilot estimate)"), text);
        assertTrue(text.strip().endsWith("nothing to report"), text);
    }

    /** Issue 14: 100 saves of one name at the same moment, through the command line, give 100 distinct whole runs. */
    @Test
    void hundredConcurrentSameNameSavesGiveHundredDistinctValidRuns() throws Exception {
        Path reg = tmp.resolve("race");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Cli>> runs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String seed = Integer.toString(i);
            runs.add(pool.submit(() -> {
                start.await();
                return Cli.run("simulate", A, "exp(rate=0.5)", S, "exp(rate=1)", C, "1", N, "200", R, "2", "--seed", seed,
                        "--save", "race", "--runs-dir", reg.toString(), "--json");
            }));
        }
        start.countDown();
        List<String> ids = new ArrayList<>();
        for (Future<Cli> f : runs) {
            Cli r = f.get(120, TimeUnit.SECONDS);
            assertEquals(0, r.status(), r.err());
            ids.add((String) r.json().get("saved_run"));
        }
        pool.shutdown();
        assertEquals(100, new HashSet<>(ids).size(), "every save printed its own id: " + ids);
        Cli list = Cli.run("runs", "--dir", reg.toString(), "--json");
        assertEquals(0, list.status(), list.err());
        assertEquals("", list.err(), "no unreadable run file");
        @SuppressWarnings("unchecked") List<Map<String, Object>> rows = (List<Map<String, Object>>) list.json().get("rows");
        assertEquals(new HashSet<>(ids), new HashSet<>(rows.stream().map(m -> (String) m.get("id")).toList()));
        for (String id : ids) assertEquals("race", RunRegistry.in(reg).load(id).name());
    }
}
