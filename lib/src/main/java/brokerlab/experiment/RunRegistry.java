package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of saved runs ({@code data/runs/ID.json}, one JSON object each) so any experiment run from a notebook or
 * the command line can be kept with its parameters, seed and library version, listed later, and compared side by
 * side. IDs are {@code name-yyyyMMddTHHmmssZ} (plus {@code -2}, {@code -3}... if taken), so a listing sorts by time.
 *
 * <pre>{@code
 * var runs = RunRegistry.in(NotebookEnv.dataDir().resolve("runs"));
 * RunRecord a = runs.save("mm4-rho09", Map.of("servers", 4, "rho", 0.9), 42, Map.of("meanWait", est.meanWait()), "notebook");
 * runs.list();                 // every saved run, oldest first
 * runs.compare(a.id(), b.id()) // a Table: field | a | b
 * }</pre>
 */
public final class RunRegistry {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;
    private final Clock clock;

    private RunRegistry(Path directory, Clock clock) {
        this.directory = Check.notNull("directory", directory);
        this.clock = clock;
    }

    public static RunRegistry in(Path directory) {
        return new RunRegistry(directory, Clock.systemUTC());
    }

    static RunRegistry in(Path directory, Clock clock) {
        return new RunRegistry(directory, clock);
    }

    public Path directory() {
        return directory;
    }

    /** Saves a run and returns its record (with the ID it was given). */
    public RunRecord save(String name, Map<String, ?> parameters, long seed, Map<String, ?> results, String producer) {
        Check.notNull("name", name);
        if (!NAME.matcher(name).matches()) {
            throw Check.fail("name", "\"" + name + "\"", "it must be letters, digits, '.', '_' or '-'", "e.g. mm4-rho09");
        }
        Instant now = clock.instant();
        String base = name + "-" + STAMP.format(now);
        try {
            Files.createDirectories(directory);
            String id = base;
            for (int i = 2; Files.exists(file(id)); i++) id = base + "-" + i;
            RunRecord record = new RunRecord(id, name, now.toString(), seed, LibraryVersion.get(),
                    producer == null ? "unknown" : producer, plain(parameters), plain(results));
            JSON.writeValue(file(id).toFile(), record);
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run " + base + " to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Every saved run, oldest first. */
    public List<RunRecord> list() {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(this::read).sorted(Comparator.comparing(RunRecord::createdUtc).thenComparing(RunRecord::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list runs in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A listing as a table: id, name, created, seed, version, producer. */
    public Table listTable() {
        List<RunRecord> runs = list();
        return Table.create("runs",
                StringColumn.create("id", runs.stream().map(RunRecord::id)),
                StringColumn.create("name", runs.stream().map(RunRecord::name)),
                StringColumn.create("created_utc", runs.stream().map(RunRecord::createdUtc)),
                StringColumn.create("seed", runs.stream().map(r -> Long.toString(r.seed()))),
                StringColumn.create("version", runs.stream().map(RunRecord::libraryVersion)),
                StringColumn.create("producer", runs.stream().map(RunRecord::producer)));
    }

    public RunRecord load(String id) {
        Path f = file(Check.notNull("id", id));
        if (!Files.exists(f)) {
            List<String> known = list().stream().map(RunRecord::id).toList();
            throw Check.fail("run id", "\"" + id + "\"", "no such run in " + directory,
                    known.isEmpty() ? "save a run first" : "known: " + String.join(", ", known));
        }
        return read(f);
    }

    /**
     * Two runs side by side: one row per field (seed, version, then parameters, then results), with the value in
     * each run; a field one run lacks shows as empty.
     */
    public Table compare(String idA, String idB) {
        RunRecord a = load(idA), b = load(idB);
        Map<String, String> left = flatten(a), right = flatten(b);
        Set<String> fields = new LinkedHashSet<>(left.keySet());
        fields.addAll(right.keySet());
        StringColumn field = StringColumn.create("field"), colA = StringColumn.create(a.id()), colB = StringColumn.create(b.id()),
                same = StringColumn.create("same");
        for (String f : fields) {
            String va = left.getOrDefault(f, ""), vb = right.getOrDefault(f, "");
            field.append(f);
            colA.append(va);
            colB.append(vb);
            same.append(va.equals(vb) ? "yes" : "no");
        }
        return Table.create("compare " + a.id() + " vs " + b.id(), field, colA, colB, same);
    }

    private static Map<String, String> flatten(RunRecord r) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("name", r.name());
        out.put("seed", Long.toString(r.seed()));
        out.put("libraryVersion", r.libraryVersion());
        out.put("producer", r.producer());
        r.parameters().forEach((k, v) -> out.put("parameters." + k, String.valueOf(v)));
        r.results().forEach((k, v) -> out.put("results." + k, String.valueOf(v)));
        return out;
    }

    private Path file(String id) {
        return directory.resolve(id + ".json");
    }

    private RunRecord read(Path f) {
        try {
            return JSON.readValue(f.toFile(), new TypeReference<RunRecord>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run " + f + " (is it a BrokerLab run file?): " + e.getMessage(), e);
        }
    }

    /** Values JSON can hold: numbers, strings, booleans, lists, maps; intervals become {estimate, halfWidth, level, samples}. */
    private static Map<String, Object> plain(Map<String, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (in == null) return out;
        in.forEach((k, v) -> out.put(k, plainValue(k, v)));
        return out;
    }

    private static Object plainValue(String key, Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) return v;
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) return String.valueOf(d);   // JSON has no NaN/Infinity: keep it readable
            return n;
        }
        if (v instanceof ConfidenceInterval ci) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("estimate", ci.estimate());
            m.put("halfWidth", ci.halfWidth());
            m.put("level", ci.level());
            m.put("samples", ci.samples());
            return m;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k2, v2) -> m.put(String.valueOf(k2), plainValue(key, v2)));
            return m;
        }
        if (v instanceof Iterable<?> it) {
            List<Object> l = new ArrayList<>();
            it.forEach(x -> l.add(plainValue(key, x)));
            return l;
        }
        if (v instanceof double[] arr) {
            List<Object> l = new ArrayList<>();
            for (double d : arr) l.add(plainValue(key, d));
            return l;
        }
        if (v instanceof Enum<?> e) return e.name();
        throw Check.fail("result '" + key + "'", v.getClass().getSimpleName(), "it is not a number, string, boolean, interval, list or map",
                "store its numbers instead");
    }
}
