package brokerlab.notebook;

import brokerlab.display.KernelDisplay;
import brokerlab.display.ProgressBar;
import brokerlab.display.Rows;
import brokerlab.experiment.Progress;
import brokerlab.experiment.ResultWriter;
import brokerlab.util.Check;
import brokerlab.util.Json;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a notebook needs to know about how it is being run, all read from environment variables:
 * <ul>
 *   <li>{@code BROKERLAB_FAST=1}: short run lengths, the same checks (the test command; Binder's default kernel);</li>
 *   <li>{@code BROKERLAB_DATA_DIR}: where result tables go. Unset, they go to {@code ../build/data}, so reading and
 *       running a notebook never changes the committed artefacts in {@code data/}; {@code make data} points it at
 *       {@code ../data} to regenerate them;</li>
 *   <li>{@code BROKERLAB_HEADLESS=1}: executed without a reader (tests, {@code make report}), so progress bars stay
 *       out of the rendered output.</li>
 * </ul>
 * Paths are relative to {@code notebooks/}, the directory a notebook runs in.
 */
public final class NotebookEnv {
    private NotebookEnv() {}

    /** True in fast mode. */
    public static boolean fast() {
        return "1".equals(System.getenv("BROKERLAB_FAST"));
    }

    /** True when no one watches the cells run (tests, the report). */
    public static boolean headless() {
        return "1".equals(System.getenv("BROKERLAB_HEADLESS"));
    }

    /** {@code full} normally, {@code quick} in fast mode: e.g. {@code runLength(2_000_000, 100_000)} customers. */
    public static long runLength(long full, long quick) {
        return fast() ? quick : full;
    }

    public static int runLength(int full, int quick) {
        return fast() ? quick : full;
    }

    /** Where result tables go: {@code $BROKERLAB_DATA_DIR}, else {@code ../build/data}. */
    public static Path dataDir() {
        String dir = System.getenv("BROKERLAB_DATA_DIR");
        return Path.of(dir == null || dir.isBlank() ? "../build/data" : dir);
    }

    /** The writer for a notebook's result tables: into {@link #dataDir()}, recording the notebook as producer. */
    public static ResultWriter results(String notebook) {
        return new ResultWriter(dataDir(), "notebooks/" + notebook);
    }

    /**
     * The committed results folder, {@code data/} of the project (where {@code make data} writes full runs), found
     * from the working directory upwards as {@link ResultWriter#inProject} finds it.
     */
    public static Path committedDir() {
        return ResultWriter.inProject("notebooks").directory();
    }

    /**
     * A result table as committed in {@code data/NAME.csv} by a full run: for a notebook that shows a long
     * computation's results instead of repeating it (in fast mode, or for a reader who does not want to wait).
     * Columns are read as numbers (double) or text, never guessed as integers or booleans, so a table reads back
     * with the column types a notebook wrote. Fails, naming the command that writes it, when the table is missing.
     */
    public static Table committed(String name) {
        return read(committedDir(), name);
    }

    static Table read(Path dir, String name) {
        Check.notNull("name", name);
        Path csv = dir.resolve(name + ".csv");
        if (!Files.isRegularFile(csv)) {
            throw Check.fail("name", name, "there is no committed table " + shown(dir) + name + ".csv",
                    "run the notebook in full mode with BROKERLAB_DATA_DIR=../data (make data) to write it");
        }
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(csv.toFile()).tableName(name)
                    .columnTypesToDetect(List.of(ColumnType.DOUBLE, ColumnType.STRING)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + shown(dir) + name + ".csv: " + e.getMessage(), e);
        }
    }

    /**
     * True when a notebook may read {@code data/NAME.csv} with {@link #committed} instead of repeating a long
     * computation: the table's {@code .meta.json} records exactly these parameters and this seed (so a reader who
     * changed a parameter computes again), and this run is not regenerating {@code data/} itself ({@code make data},
     * which recomputes everything it writes). Fast mode's shorter runs have other parameters, so it computes too.
     */
    public static boolean committedRunMatches(String name, Map<String, ?> parameters, long seed) {
        Check.notNull("name", name);
        Check.notNull("parameters", parameters);
        Path committed = committedDir();
        return !sameDirectory(dataDir(), committed) && metaMatches(committed, name, parameters, seed);
    }

    static boolean sameDirectory(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    static boolean metaMatches(Path dir, String name, Map<String, ?> parameters, long seed) {
        Path meta = dir.resolve(name + ".meta.json");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(dir.resolve(name + ".csv"))) return false;
        try {
            Map<String, Object> recorded = Json.readObject(Files.readString(meta), "meta", shown(dir) + name + ".meta.json");
            // Both sides through the same JSON writer and reader, so 40_000 and 40000.0 compare as the file has them.
            Object asked = Json.readObject(Json.write(Map.of("parameters", parameters)), "parameters", name).get("parameters");
            return Objects.equals(recorded.get("parameters"), asked)
                    && recorded.get("seed") instanceof Number n && n.longValue() == seed;
        } catch (IOException | IllegalArgumentException e) {
            return false;                                     // unreadable metadata: compute rather than trust it
        }
    }

    /**
     * Progress for a long computation ({@code Sweep}, {@code Replications}, the experiment runner): a live bar in
     * the running cell with elapsed time and time left, then a one-line summary; nothing in headless runs; lines
     * on standard error outside a notebook kernel.
     */
    public static Progress progress(String label) {
        if (headless()) return Progress.NONE;
        if (KernelDisplay.attached()) return ProgressBar.in(KernelDisplay.sink(), label);
        return Progress.stderr(label);
    }

    /**
     * A results table built row by row, shown as an HTML table when it ends a cell (or through {@link #show}):
     * the replacement for a {@code printf} pseudo-table. Put units in the headers:
     * {@code NotebookEnv.table("load ρ", "mean wait (ms)").add(0.9, ci.scaled(1000))}.
     */
    public static Rows table(String... headers) {
        return Rows.of(headers);
    }

    /**
     * Shows a value now, the way the kernel shows a cell's result (a table as a table, a figure as a figure):
     * for output in the middle of a cell or a loop.
     */
    public static void show(Object value) {
        KernelDisplay.sink().display(value);
    }

    /** Width of a line {@link #say} prints: JupyterLab wraps wider ones mid-word (tests/test_notebooks.py measured it). */
    public static final int TEXT_WIDTH = 100;

    /**
     * Prints a sentence formatted like {@link String#format} with the root locale, broken at spaces so no line is
     * wider than {@value #TEXT_WIDTH} characters; continuation lines are indented by two spaces:
     * {@code NotebookEnv.say("at ρ = %.2f the p99 is %.1f× the M/M/c value", 0.8, 3.2)}.
     */
    public static void say(String format, Object... args) {
        Check.notNull("format", format);
        System.out.println(sayText(format, args));
    }

    static String sayText(String format, Object... args) {
        return TextWrap.lines(String.format(Locale.ROOT, format, args), "", "  ", TEXT_WIDTH);
    }

    /**
     * The mode, printed in each notebook's parameters cell: one line, plus a second one on Binder (whose default
     * kernel sets {@code BROKERLAB_FULL_KERNEL} to the name of the full-length kernel) saying how to switch.
     */
    public static String describe() {
        String line = (fast() ? "FAST mode (BROKERLAB_FAST=1): short runs, the same checks" : "full run lengths")
                + "; results to " + shown(dataDir());
        String fullKernel = System.getenv("BROKERLAB_FULL_KERNEL");
        return fast() && fullKernel != null && !fullKernel.isBlank()
                ? line + "\nfor full run lengths: Kernel › Change Kernel… › " + fullKernel + ", then run all cells again"
                : line;
    }

    /**
     * A data directory as a reader should see it: relative to the project (the parent of {@code notebooks/}),
     * never an absolute path of this machine.
     */
    static String shown(Path dir) {
        Path project = Path.of("").toAbsolutePath().getParent();
        Path absolute = dir.toAbsolutePath().normalize();
        if (project != null && absolute.startsWith(project)) {
            String relative = project.relativize(absolute).toString().replace('\\', '/');
            return (relative.isEmpty() ? "." : relative) + "/";
        }
        return "$BROKERLAB_DATA_DIR";
    }
}
