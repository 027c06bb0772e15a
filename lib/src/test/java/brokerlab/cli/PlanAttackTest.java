package brokerlab.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;

import static brokerlab.cli.Attack.bad;
import static brokerlab.cli.Attack.near;
import static brokerlab.cli.Attack.number;
import static brokerlab.cli.Attack.ok;
import static org.junit.jupiter.api.Assertions.*;

/** The attack suite ({@link Attack}) against {@code plan}: malformed targets, oversized loads, and the high-load plans. */
class PlanAttackTest {
    @TempDir static Path tmp;

    private static final String A = "--arrival", S = "--service", T = "--target";

    /** The fewest c from the load up whose value meets {@code threshold}, by the independent formulas of QueueTheory. */
    private static int fewest(double load, IntToDoubleFunction value, double threshold) {
        int c = (int) Math.floor(load) + 1;
        while (value.applyAsDouble(c) > threshold) c++;
        return c;
    }

    /** The plan chose {@code expected} servers, achieves {@code value(expected)}, and {@code value(expected - 1)} misses. */
    private static java.util.function.Consumer<Cli> plans(int expected, IntToDoubleFunction value, double threshold) {
        return r -> {
            assertEquals(expected, ((Number) r.json().get("servers")).intValue(), r.out());
            near(value.applyAsDouble(expected), number(r, "achieved"), 1e-6, "achieved");
            assertTrue(number(r, "achieved") <= threshold, r.out());
            Object fewer = r.json().get("one_fewer");
            if (fewer instanceof Map<?, ?> m && m.get("value") instanceof Double v) {
                assertTrue(v > threshold, "one fewer misses: " + r.out());
                near(value.applyAsDouble(expected - 1), v, 1e-6, "one_fewer");
            }
        };
    }

    static Stream<Arguments> cases() {
        IntToDoubleFunction p99At099 = c -> QueueTheory.responsePercentile(0.99, 1, c, 0.99);
        IntToDoubleFunction p99At199 = c -> QueueTheory.responsePercentile(1.99, 1, c, 0.99);
        IntToDoubleFunction p99At1e5 = c -> QueueTheory.responsePercentile(1e5, 1, c, 0.99);
        IntToDoubleFunction mean = c -> 1 + QueueTheory.erlangC(c, 3.6) / (c - 3.6);
        IntToDoubleFunction pwait = c -> QueueTheory.erlangC(c, 3.6);
        IntToDoubleFunction reject = c -> QueueTheory.mmckBlocking(4, 1, c, 10);
        return Attack.table(
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<10"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p100<=1"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p0<=1"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "mean<=-1"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "mean<=NaN"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<=1e999"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "pwait<=2"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "speed<=2"),
                bad("--target", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<=0.5", T, "p99<=0.6"),
                bad("--capacity", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "reject<=0.01"),
                bad("--capacity", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<=10", "--capacity", "20"),
                bad("--capacity", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "reject<=0.01", "--capacity", "0"),
                bad("--method", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<=10", "--method", "magic"),
                bad("--customers", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<=10", "--customers", "1000"),
                bad("--seed", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<=10", "--seed", "4"),
                bad("--replications", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<=10", "--method", "simulate",
                        "--replications", "1"),
                bad("--customers", "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "p99<=10", "--method", "simulate",
                        "--customers", "1e13"),
                bad("--arrival", "plan", A, "exp(rate=1e9)", S, "exp(rate=1)", T, "p99<=10"),
                bad("--arrival", "plan", A, "exp(rate=0)", S, "exp(rate=1)", T, "p99<=10"),
                bad("--service", "plan", A, "exp(rate=1)", S, "weibull(shape=1e-9,mean=1)", T, "p99<=10"),
                // the high-load plans, answered and checked against the closed form written out here
                ok(plans(fewest(0.99, p99At099, 10), p99At099, 10),
                        "plan", A, "exp(rate=0.99)", S, "exp(rate=1)", T, "p99<=10", "--json"),
                ok(plans(fewest(1.99, p99At199, 10), p99At199, 10),
                        "plan", A, "exp(rate=1.99)", S, "exp(rate=1)", T, "p99<=10", "--json"),
                ok(plans(fewest(1e5, p99At1e5, 10), p99At1e5, 10),
                        "plan", A, "exp(rate=100000)", S, "exp(rate=1)", T, "p99<=10", "--json"),
                ok(plans(fewest(3.6, mean, 1.5), mean, 1.5),
                        "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "mean<=1.5", "--json"),
                ok(plans(fewest(3.6, pwait, 0.1), pwait, 0.1),
                        "plan", A, "exp(rate=3.6)", S, "exp(rate=1)", T, "pwait<=0.1", "--json"),
                ok(r -> {   // a loss system: c from 1 up, M/M/c/10 blocking by the birth-death chain
                    int c = 1;
                    while (reject.applyAsDouble(c) > 0.01) c++;
                    plans(c, reject, 0.01).accept(r);
                }, "plan", A, "exp(rate=4)", S, "exp(rate=1)", T, "reject<=0.01", "--capacity", "10", "--json"),
                bad("--target", "plan", A, "exp(rate=8)", S, "exp(rate=1)", T, "reject<=0.01", "--capacity", "10"),
                ok(r -> {   // M/M/1 at 0.5 has p99 = ln(100) / 0.5 = 9.2, far inside 30: one server, even by simulation
                    assertEquals(1, ((Number) r.json().get("servers")).intValue(), r.out());
                    near(Math.log(100) / 0.5, number(r, "achieved"), 0.25, "achieved");
                }, "plan", A, "exp(rate=0.5)", S, "exp(rate=1)", T, "p99<=30", "--method", "simulate", "--customers", "20000",
                        "--replications", "3", "--json"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyAttackIsAnsweredOrRefusedInOneLine(Attack.Case c) {
        Attack.run(c, tmp);
    }
}
