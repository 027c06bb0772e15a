package brokerlab.cli;

import brokerlab.experiment.RunRecord;
import brokerlab.experiment.RunRegistry;
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

    static Path directory(Args args) {
        return Path.of(args.string("runs-dir", args.string("dir", DEFAULT_DIR)));
    }

    @Override
    public int execute(Args args, Io io) {
        RunRegistry registry = RunRegistry.in(directory(args));
        boolean json = args.flag("json");
        if (args.has("compare")) {
            String[] ids = args.required("compare").split(",");
            if (ids.length != 2) {
                throw Check.fail("--compare", args.required("compare"), "it needs exactly two run ids separated by a comma",
                        "e.g. --compare mm4-20261121T083000Z,mm4-20261121T090000Z");
            }
            print(io, registry.compare(ids[0].trim(), ids[1].trim()), json);
        } else if (args.has("show")) {
            RunRecord r = registry.load(args.required("show"));
            io.out().println(json ? Json.compact(r) : r.toString());
        } else {
            Table table = registry.listTable();
            if (table.rowCount() == 0 && !json) {
                io.out().println("no saved runs in " + registry.directory() + " (save one with simulate --save NAME)");
            } else {
                print(io, table, json);
            }
        }
        return 0;
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
