package brokerlab.experiment;

import brokerlab.util.AtomicFiles;
import brokerlab.util.Check;
import brokerlab.util.Json;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a result table as {@code DIR/NAME.csv} (exactly the table's columns, in order, one header line, plain
 * RFC 4180 CSV, no comment lines) and a sidecar {@code DIR/NAME.meta.json} recording how it was produced:
 * parameters, seed, library version, Java version, UTC time and the producer (a notebook or command). A reader of
 * {@code data/} can then trace every number to the code and inputs behind it. The sidecar follows
 * {@link Json}'s conventions (snake_case keys such as {@code library_version}; NaN as null, infinities as
 * "Infinity"); both files are replaced atomically.
 * <pre>{@code
 * ResultWriter.inProject("notebooks/03-erlang-c.ipynb")
 *             .write("erlang-c-sweep", table, Map.of("servers", 4, "replications", 30), SEED);
 * }</pre>
 */
public final class ResultWriter {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path directory;
    private final String producer;
    private final Clock clock;

    /** Writes into {@code directory} (created when missing), naming {@code producer} in every sidecar. */
    public ResultWriter(Path directory, String producer) {
        this(directory, producer, Clock.systemUTC());
    }

    ResultWriter(Path directory, String producer, Clock clock) {
        this.directory = Check.notNull("directory", directory);
        this.producer = Check.notNull("producer", producer);
        this.clock = clock;
    }

    /**
     * Writes into the project's {@code data/} folder: the nearest directory, from the working directory upwards,
     * that holds {@code lib/pom.xml} (so a notebook running in {@code notebooks/} and the CLI at the root write to
     * the same place); {@code ./data} when there is none.
     */
    public static ResultWriter inProject(String producer) {
        Path start = Paths.get("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("lib").resolve("pom.xml"))) return new ResultWriter(p.resolve("data"), producer);
        }
        return new ResultWriter(start.resolve("data"), producer);
    }

    public Path directory() { return directory; }

    /** Writes {@code NAME.csv} and {@code NAME.meta.json}; returns the path of the CSV. */
    public Path write(String name, Table table, Map<String, ?> parameters, long seed) {
        Check.notNull("name", name);
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw Check.fail("name", "\"" + name + "\"", "it must be a plain file name of letters, digits, '.', '_' or '-'",
                    "pass e.g. \"erlang-c-sweep\" (the folder is chosen by the writer)");
        }
        Check.notNull("table", table);
        Check.notNull("parameters", parameters);
        Path csv = directory.resolve(name + ".csv");
        Path meta = directory.resolve(name + ".meta.json");
        try {
            Files.createDirectories(directory);
            // each file appears whole or not at all (temporary file, fsync, rename): a killed notebook never
            // leaves a truncated table in data/
            AtomicFiles.replace(csv, csv(table));
            AtomicFiles.replace(meta, Json.write(metadata(name, table, parameters, seed)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
        }
        return csv;
    }

    private Map<String, Object> metadata(String name, Table table, Map<String, ?> parameters, long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("producer", producer);
        m.put("seed", seed);
        m.put("library_version", LibraryVersion.get());
        m.put("java_version", System.getProperty("java.version"));
        m.put("created_utc", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("rows", table.rowCount());
        m.put("columns", table.columnNames());
        m.put("parameters", parameters);
        return m;
    }

    /** The table as CSV text: header, then rows in table order; missing values (NaN in a double column) are empty fields. */
    static String csv(Table table) {
        StringBuilder out = new StringBuilder();
        List<Column<?>> columns = new ArrayList<>(table.columns());
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) out.append(',');
            field(columns.get(c).name(), out);
        }
        out.append('\n');
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) out.append(',');
                Column<?> col = columns.get(c);
                field(col.isMissing(r) ? "" : String.valueOf(col.get(r)), out);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
    private static void field(String s, StringBuilder out) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            out.append(s);
        } else {
            out.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }
}
