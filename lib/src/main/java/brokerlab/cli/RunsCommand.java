package brokerlab.cli;

import brokerlab.experiment.RunRecord;
import brokerlab.experiment.RunRegistry;
import brokerlab.util.Check;
import brokerlab.util.Json;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code runs}: the run registry ({@link RunRegistry}) from the command line — list the saved runs, or compare two
 * side by side. Runs are saved by {@code simulate --save NAME} or from a notebook.
 */
final class RunsCommand implements Command {
    static final String DEFAULT_DIR = "data/runs";

    @Override public String name() { return "runs"; }

    @Override public String summary() { return "list saved runs, or compare two side by side"; }

    @Override public Set<String> options() {
        return Command.ordered("dir", "compare", "show");
    }

    @Override public String help() {
        return """
                usage: brokerlab runs [--dir DIR] [--compare ID1,ID2 | --show ID] [--json]

                  (no option)        list every saved run, oldest first: id, name, time, seed, library version, producer
                  --compare ID1,ID2  one row per field (parameters, then results), the two runs' values side by side
                  --show ID          one run's full record
                  --dir DIR          the registry folder (default %s)
                  --json             JSON instead of a table
                """.formatted(DEFAULT_DIR);
    }

    /** The registry folder: {@code --runs-dir} (simulate) or {@code --dir} (runs), else {@value #DEFAULT_DIR}. */
    static Path directory(Args args) {
        return args.has("runs-dir") ? args.path("runs-dir", DEFAULT_DIR) : args.path("dir", DEFAULT_DIR);
    }

    @Override
    public int execute(Args args, Io io) {
        Path dir = directory(args);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw Check.fail("--dir", Args.printable(dir.toString()), "it is a file, not a folder", "name the registry folder");
        }
        if (args.has("compare") && args.has("show")) {
            throw Check.fail("--show", Args.printable(args.required("show")), "--compare and --show are different views",
                    "give one of them");
        }
        RunRegistry registry = RunRegistry.in(dir);
        boolean json = args.flag("json");
        if (args.has("compare")) {
            String text = args.required("compare");
            String[] ids = text.split(",", -1);
            if (ids.length != 2 || ids[0].isBlank() || ids[1].isBlank()) {
                throw Check.fail("--compare", Args.printable(text), "it needs exactly two run ids separated by a comma",
                        "e.g. --compare mm4-20261121T083000Z,mm4-20261121T090000Z");
            }
            print(io, forOption("compare", () -> registry.compare(ids[0].trim(), ids[1].trim())), json);
        } else if (args.has("show")) {
            String id = args.required("show");
            RunRecord r = forOption("show", () -> registry.load(id));
            io.out().println(json ? Json.compact(r) : r.toString());
        } else {
            RunRegistry.Listing listing = registry.scan();
            listing.warnings().forEach(io.err()::println);
            if (listing.runs().isEmpty() && !json) {
                io.out().println("no saved runs in " + registry.directory() + " (save one with simulate --save NAME)");
            } else {
                print(io, listing.table(), json);
            }
        }
        return 0;
    }

    /** Runs a registry call, naming the option in its "run id = ..." message: "run id (--show) = ...". */
    private static <T> T forOption(String option, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^(run ids?) = ", "$1 (--" + option + ") = "), e);
        }
    }

    private static void print(Io io, Table table, boolean json) {
        if (!json) {
            io.out().println(table.printAll());
            return;
        }
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String column : table.columnNames()) row.put(column, table.getString(i, column));
            rows.add(row);
        }
        io.out().println(Json.compact(Map.of("rows", rows)));
    }
}
