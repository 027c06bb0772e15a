package brokerlab.cli;

import brokerlab.experiment.RunRegistry;
import brokerlab.experiment.SweepFile;
import brokerlab.experiment.SweepRunner;
import brokerlab.experiment.SweepSpec;
import brokerlab.util.Check;
import brokerlab.util.Json;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sweep}: runs a sweep file ({@link SweepFile}) on local threads, or on Spark with {@code --master}
 * ({@link SweepRunner#forMaster}), prints the table and writes the result files. Every point is built and checked
 * before any task runs.
 */
final class SweepCommand implements Command {

    @Override public String name() { return "sweep"; }

    @Override public String summary() { return "run a parameter sweep file on local threads or on Spark"; }

    @Override public Set<String> options() { return Command.ordered("grid", "master", "out", "threads"); }

    @Override public String help() {
        return """
                usage: brokerlab sweep --grid FILE [--master local[*]|spark://HOST:PORT] [--out DIR] [--threads N] [--json]

                  --grid FILE     a sweep description, JSON or YAML (examples/sweep-mmc.json; README: Sweeps)
                  --master URL    run on Spark (needs the spark module: make spark, then bin/brokerlab-spark);
                                  without it the tasks run on local threads
                  --out DIR       write NAME.csv, NAME-runs.csv and their .meta.json (Spark adds Parquet)
                  --threads N     local threads (default: one per core); ignored with --master
                  --json          the table as JSON rows instead of text

                progress (tasks done / total, ETA) goes to stderr; a point that fails is named there, the other
                points still complete, and the exit status is 2.
                """;
    }

    /** Local worker threads: beyond this a sweep only adds contention (and a JVM has limits on threads). */
    static final int MAX_THREADS = 1024;

    @Override
    public int execute(Args args, Io io) {
        // every option, and every point of the grid, checked before anything starts
        Path grid = args.inputFile("grid", "a JSON or YAML sweep file (examples/sweep-mmc.json)");
        SweepSpec spec = ModelOptions.about("grid", grid, () -> SweepFile.read(grid));
        ModelOptions.about("grid", grid, spec::models);
        int threads = Check.atLeast("--threads", args.integer("threads", Runtime.getRuntime().availableProcessors()), 1);
        if (threads > MAX_THREADS) {
            throw Check.fail("--threads", threads, "at most " + MAX_THREADS + " (each is a thread of this JVM)",
                    "use about one per core: this machine has " + Runtime.getRuntime().availableProcessors());
        }
        if (args.has("out")) {
            try {
                RunRegistry.in(args.path("out", null)).checkWritable();     // the same rule: a folder, or one to create
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().replaceFirst("^runs directory = ", "--out = "), e);
            }
        }
        long start = System.nanoTime();
        try (SweepRunner runner = args.has("master") ? SweepRunner.forMaster(args.required("master")) : SweepRunner.threads(threads)) {
            SweepRunner.Report report = runner.run(spec, io.progress().apply("brokerlab sweep").withEta());
            for (String f : report.failures()) io.err().println("brokerlab sweep: " + f);
            if (report.result() == null) return 2;
            Table table = report.result().table(spec.tableMetrics(report.result()));
            io.out().println(args.flag("json") ? json(table) : table.printAll());
            if (args.has("out")) {
                Map<String, Object> run = new LinkedHashMap<>(runner.describe());
                run.put("wall_seconds", (System.nanoTime() - start) / 1e9);
                run.put("failed_points", report.failures());
                Path out = args.path("out", null);
                List<Path> written = new ArrayList<>(SweepFile.write(out, spec, report.result(), run));
                written.addAll(runner.writeExtras(out, spec, report.result(), run));
                for (Path p : written) io.err().println("brokerlab sweep: wrote " + p);
            }
            return report.complete() ? 0 : 2;
        }
    }

    private static String json(Table table) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String c : table.columnNames()) row.put(c, table.column(c).get(i));
            rows.add(row);
        }
        return Json.compact(Map.of("rows", rows));
    }
}
