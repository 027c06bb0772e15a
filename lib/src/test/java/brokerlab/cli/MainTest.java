package brokerlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class MainTest {

    @Test
    void helpListsTheCommandsAndStatesTheDefaultMethodRule() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.status());
        for (String command : new String[]{"analyze", "simulate", "plan"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  " + command + " ")), command + " not listed:\n" + r.out());
        }
        String flat = r.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("analyze default method rule: " + Main.DEFAULT_METHOD_RULE + "."), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 120), "lines fit a terminal:\n" + r.out());
        assertEquals("", r.err());
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : new String[]{"analyze", "simulate", "plan"}) {
            Cli r = Cli.run(command, "--help");
            assertEquals(0, r.status());
            assertTrue(r.out().startsWith("usage: brokerlab " + command), r.out());
        }
        assertTrue(Cli.run("analyze", "--help").out().replaceAll("\\s+", " ")
                .contains("default method rule: " + Main.DEFAULT_METHOD_RULE));
    }

    @Test
    void versionPrintsOneLine() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("brokerlab \\S+\\R"), r.out());
    }

    static Stream<Arguments> badInputs() {
        String a = "--arrival", s = "--service", c = "--servers";
        return Stream.of(
                Arguments.of("--arrival", new String[]{"analyze", a, "expo(rate=1)", s, "exp(rate=1)", c, "2"}),
                Arguments.of("--servers", new String[]{"analyze", a, "exp(rate=5)", s, "exp(rate=1)", c, "4"}),   // rho 1.25
                Arguments.of("--servers", new String[]{"analyze", a, "exp(rate=4)", s, "exp(rate=1)", c, "4"}),   // rho = 1
                Arguments.of("--service", new String[]{"analyze", a, "exp(rate=1)", s, "exp(rate=-2)", c, "2"}),
                Arguments.of("--arrival", new String[]{"analyze", a, "exp(mean=-1)", s, "exp(rate=2)", c, "2"}),
                Arguments.of("--servers", new String[]{"analyze", a, "exp(rate=1)", s, "exp(rate=2)", c, "0"}),
                Arguments.of("--servers", new String[]{"analyze", a, "exp(rate=1)", s, "exp(rate=2)", c, "two"}),
                Arguments.of("--colour", new String[]{"analyze", a, "exp(rate=1)", s, "exp(rate=2)", c, "2", "--colour", "red"}),
                Arguments.of("--service", new String[]{"analyze", a, "exp(rate=1)", c, "2"}),
                Arguments.of("--capacity", new String[]{"analyze", a, "exp(rate=1)", s, "exp(rate=2)", c, "4", "--capacity", "2"}),
                Arguments.of("--method", new String[]{"analyze", a, "exp(rate=1)", s, "exp(rate=2)", c, "2", "--method", "magic"}),
                Arguments.of("--speeds", new String[]{"simulate", a, "exp(rate=1)", s, "exp(rate=2)", "--speeds", "1,x,0.1"}),
                Arguments.of("--speeds", new String[]{"simulate", a, "exp(rate=1)", s, "exp(rate=2)", "--speeds", "1,-1"}),
                Arguments.of("--speeds", new String[]{"simulate", a, "exp(rate=1)", s, "exp(rate=2)", c, "2", "--speeds", "1,1,1"}),
                Arguments.of("--routing", new String[]{"simulate", a, "exp(rate=1)", s, "exp(rate=2)", c, "2", "--routing", "fastest"}),
                Arguments.of("--discipline", new String[]{"simulate", a, "exp(rate=1)", s, "exp(rate=2)", c, "2", "--discipline", "lifo"}),
                Arguments.of("--replications", new String[]{"simulate", a, "exp(rate=1)", s, "exp(rate=2)", c, "2", "--replications", "1"}),
                Arguments.of("--customers", new String[]{"simulate", a, "exp(rate=1)", s, "exp(rate=2)", c, "2", "--customers", "1.5"}),
                Arguments.of("--servers", new String[]{"simulate", a, "exp(rate=3)", s, "exp(rate=1)", c, "2"}),
                Arguments.of("--target", new String[]{"plan", a, "exp(rate=1)", s, "exp(rate=2)", "--target", "p99=0.5"}),
                Arguments.of("--target", new String[]{"plan", a, "exp(rate=1)", s, "exp(rate=2)", "--target", "p99<=-1"}),
                Arguments.of("--capacity", new String[]{"plan", a, "exp(rate=1)", s, "exp(rate=2)", "--target", "reject<=0.01"}),
                Arguments.of("--method", new String[]{"plan", a, "exp(rate=1)", s, "exp(rate=2)", "--target", "mean<=1", "--method", "guess"}),
                Arguments.of("command", new String[]{"analyse"}),
                Arguments.of("command", new String[]{}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInputs")
    void badInputExitsTwoWithOneLineNamingTheParameter(String parameter, String[] args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains(parameter), "stderr does not name " + parameter + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "stack trace leaked: " + r.err());
    }

    @Test
    void anInternalErrorExitsOneWithOneLine() {
        Command broken = new Command() {
            @Override public String name() { return "broken"; }
            @Override public String summary() { return "fails"; }
            @Override public String help() { return "usage: broken"; }
            @Override public Set<String> options() { return Set.of(); }
            @Override public int execute(Args args, Io io) { throw new IllegalStateException("invariant violated"); }
        };
        var err = new ByteArrayOutputStream();
        var io = Io.of(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, Main.run(new String[]{"broken"}, io, Map.of("broken", broken)));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("brokerlab broken: internal error: java.lang.IllegalStateException: invariant violated"), text);
    }
}
