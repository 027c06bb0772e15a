package brokerlab.cli;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The table of the command-line attack suite (issue 14): one {@link Case} per hostile or extreme command line, run
 * in-process by {@link Main#run}, and the checks every case must pass: the exit status; for bad input (status 2)
 * exactly one line on stderr that names the option; never a stack trace; no file written anywhere but the run
 * registry of the case ({@code {REG}}); for a valid extreme, its answer checked against an independent value.
 * Placeholders in arguments: {@code {TMP}} the suite's scratch folder (fixtures live there), {@code {REG}} a fresh
 * registry folder inside it.
 */
final class Attack {
    private Attack() {}

    /** A stack frame or an uncaught-exception banner, on any stream. */
    private static final Pattern TRACE = Pattern.compile("\\tat |Exception in thread|\\.java:\\d+\\)|^\\s+at ", Pattern.MULTILINE);

    /**
     * One command line and what it must give.
     *
     * @param exit   the exit status
     * @param option for status 2, the option its one stderr line must name (e.g. "--servers")
     * @param check  for status 0, the answer's check against an independent value (null: none beyond the status)
     */
    record Case(String[] args, int exit, String option, Consumer<Cli> check) {
        Arguments arguments() {
            String shown = args.length == 0 ? "(no arguments)" : String.join(" ", args).replace("\n", "\\n")
                    .replace("\u0000", "\\0").replace("\u001b", "\\e");
            return Arguments.of(Named.of(shown.length() > 110 ? shown.substring(0, 110) + "..." : shown, this));
        }
    }

    /** Bad input: exit 2, one stderr line naming {@code option}. */
    static Case bad(String option, String... args) {
        return new Case(args, 2, option, null);
    }

    /** A valid (often extreme) request: exit 0, then {@code check} on its answer. */
    static Case ok(Consumer<Cli> check, String... args) {
        return new Case(args, 0, null, check);
    }

    static Stream<Arguments> table(Case... cases) {
        return Stream.of(cases).map(Case::arguments);
    }

    /** Runs a case with its placeholders filled in, and applies every check of the class comment. */
    static Cli run(Case c, Path tmp) {
        Path registry = tmp.resolve("reg-" + Integer.toHexString(System.identityHashCode(c)));
        String[] args = Stream.of(c.args()).map(a -> a.replace("{TMP}", tmp.toString()).replace("{REG}", registry.toString()))
                .toArray(String[]::new);
        Map<String, Long> before = files(tmp, registry);
        Map<String, Long> cwdBefore = files(Path.of("").toAbsolutePath(), null, 1);
        Cli r = Cli.run(args);
        String context = "exit " + r.status() + "\nstdout: " + r.out() + "\nstderr: " + r.err();
        assertEquals(c.exit(), r.status(), context);
        assertFalse(TRACE.matcher(r.err()).find() || TRACE.matcher(r.out()).find(), "a stack trace:\n" + context);
        if (c.exit() == 2) {
            assertEquals(1, r.errLines().length, "exactly one line on stderr:\n" + context);
            assertTrue(r.err().startsWith("brokerlab"), context);
            if (c.option() != null) assertTrue(r.err().contains(c.option()), "stderr names " + c.option() + ":\n" + context);
            assertEquals("", r.out(), "nothing on stdout for bad input:\n" + context);
        }
        assertEquals(before, files(tmp, registry), "files outside the registry changed:\n" + context);
        assertEquals(cwdBefore, files(Path.of("").toAbsolutePath(), null, 1), "files in the working directory changed:\n" + context);
        if (Files.isDirectory(registry)) {
            try (Stream<Path> s = Files.list(registry)) {
                s.forEach(p -> assertTrue(p.getFileName().toString().endsWith(".json"), "only run files in the registry: " + p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (c.check() != null) c.check().accept(r);
        return r;
    }

    private static Map<String, Long> files(Path root, Path skip) {
        return files(root, skip, Integer.MAX_VALUE);
    }

    /** Every file under {@code root} (but not under {@code skip}) with its size and modification time. */
    private static Map<String, Long> files(Path root, Path skip, int depth) {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root, depth)) {
            s.filter(p -> skip == null || !p.startsWith(skip)).forEach(p -> {
                try {
                    out.put(p.toString(), Files.isDirectory(p) ? -1 : Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    out.put(p.toString(), -2L);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A number field of the one JSON object on stdout. */
    static double number(Cli r, String field) {
        return r.number(field);
    }

    /** The 95% half-width of a metric ({@code ci95} object). */
    static double halfWidth(Cli r, String field) {
        Object ci = r.json().get("ci95");
        Object v = ci instanceof Map<?, ?> m ? m.get(field) : null;
        if (!(v instanceof Double d)) throw new AssertionError("no ci95." + field + " in " + r.out());
        return d;
    }

    /** Asserts |actual - expected| &lt;= relative * |expected|. */
    static void near(double expected, double actual, double relative, String what) {
        assertTrue(Math.abs(actual - expected) <= relative * Math.abs(expected),
                what + ": expected " + expected + " within " + relative + " relative, was " + actual);
    }
}
