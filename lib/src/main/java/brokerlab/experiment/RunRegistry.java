package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.AtomicFiles;
import brokerlab.util.Check;
import brokerlab.util.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * <p>Durability and concurrency: a run is written to a temporary file in the folder, forced to disk and published
 * under its id in one atomic step that fails if the id is taken ({@link AtomicFiles#createNew}); the next suffix
 * is then tried. So a killed writer never leaves a partial run, and any number of threads or processes saving the
 * same name at the same second each get their own id. Reading is strict (trailing content is an error) and a
 * listing never fails as a whole: each file it cannot read is skipped with a one-line warning naming it.
 *
 * <p>Ids are names inside the registry, never paths: {@code load("../../x")}, absolute paths and links that lead
 * out of the folder are refused with the rule.
 *
 * <pre>{@code
 * var runs = RunRegistry.in(NotebookEnv.dataDir().resolve("runs"));
 * RunRecord a = runs.save("mm4-rho09", Map.of("servers", 4, "rho", 0.9), 42, Map.of("meanWait", est.meanWait()), "notebook");
 * runs.list();                 // every readable run, oldest first (warnings for the others on stderr)
 * runs.compare(a.id(), b.id()) // a Table: field | a | b
 * }</pre>
 */
public final class RunRegistry {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Longest run name: the id adds 17 characters and a suffix, and file names stop at 255 bytes. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Largest run file read: far above any real run (a few KB), far below a heap's worth. */
    public static final long MAX_FILE_BYTES = 16L << 20;
    private static final String SUFFIX = ".json";

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

    /** The readable runs (oldest first) and one line for each run file that could not be read. */
    public record Listing(List<RunRecord> runs, List<String> warnings) {
        public Listing {
            runs = List.copyOf(runs);
            warnings = List.copyOf(warnings);
        }

        /** The runs as a table: id, name, created, seed, version, producer. */
        public Table table() {
            return Table.create("runs",
                    StringColumn.create("id", runs.stream().map(RunRecord::id)),
                    StringColumn.create("name", runs.stream().map(RunRecord::name)),
                    StringColumn.create("created_utc", runs.stream().map(RunRecord::createdUtc)),
                    StringColumn.create("seed", runs.stream().map(r -> Long.toString(r.seed()))),
                    StringColumn.create("version", runs.stream().map(RunRecord::libraryVersion)),
                    StringColumn.create("producer", runs.stream().map(RunRecord::producer)));
        }
    }

    /**
     * Checks a run name as {@link #save} would, so a caller can refuse it before any work: letters, digits, '.',
     * '_' or '-', starting with a letter or digit, at most {@link #MAX_NAME_LENGTH} characters.
     */
    public static String checkName(String name) {
        Check.notNull("name", name);
        if (!NAME.matcher(name).matches()) {
            throw Check.fail("name", "\"" + printable(name) + "\"", "it must be letters, digits, '.', '_' or '-', starting with a letter or digit",
                    "e.g. mm4-rho09");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw Check.fail("name", "(" + name.length() + " characters)", "it must be at most " + MAX_NAME_LENGTH
                    + " characters (it becomes a file name)", "shorten it");
        }
        return name;
    }

    /**
     * Checks, before any work, that a run could be saved here: the folder exists as a writable folder, or the
     * nearest existing parent is one (then it is created on the first save). Returns this registry.
     */
    public RunRegistry checkWritable() {
        Path p = directory.toAbsolutePath();
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw Check.fail("runs directory", p, "it is a file, not a folder", "name a folder (it is created if missing)");
        }
        while (p != null && !Files.exists(p)) p = p.getParent();
        if (p == null || !Files.isDirectory(p) || !Files.isWritable(p)) {
            throw Check.fail("runs directory", directory.toAbsolutePath(), p == null ? "no part of it exists"
                    : p + " is not a writable folder", "name a folder you can write to");
        }
        return this;
    }

    /** Saves a run and returns its record (with the ID it was given). */
    public RunRecord save(String name, Map<String, ?> parameters, long seed, Map<String, ?> results, String producer) {
        checkName(name);
        Map<String, Object> params = plain(parameters), values = plain(results);
        Instant now = clock.instant();
        String base = name + "-" + STAMP.format(now);
        try {
            for (int i = 1; i <= 1_000_000; i++) {
                String id = i == 1 ? base : base + "-" + i;
                if (Files.exists(file(id), LinkOption.NOFOLLOW_LINKS)) continue;   // a hint only: createNew decides
                RunRecord record = new RunRecord(id, name, now.toString(), seed, LibraryVersion.get(),
                        producer == null ? "unknown" : producer, params, values);
                if (AtomicFiles.createNew(file(id), Json.write(record.toJson()))) return record;
            }
            throw new IllegalStateException("run " + base + ": a million runs of that name in one second; wait a second");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run " + base + " to " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every readable run, oldest first; each unreadable run file is skipped and named in a one-line warning on
     * standard error (use {@link #scan()} to get the warnings instead).
     */
    public List<RunRecord> list() {
        Listing listing = scan();
        listing.warnings().forEach(System.err::println);
        return listing.runs();
    }

    /** Every readable run, oldest first, and a warning line for each {@code *.json} file that is not one. */
    public Listing scan() {
        if (!Files.isDirectory(directory)) return new Listing(List.of(), List.of());
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list runs in " + directory + ": " + e.getMessage(), e);
        }
        List<RunRecord> runs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path f : files) {
            try {
                runs.add(read(f));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                warnings.add("warning: skipped " + printable(f.getFileName().toString()) + " in " + directory + ": " + e.getMessage());
            }
        }
        runs.sort(Comparator.comparing(RunRecord::createdUtc).thenComparing(RunRecord::id));
        return new Listing(runs, warnings);
    }

    /** A listing as a table ({@link Listing#table()}); warnings for unreadable files go to standard error. */
    public Table listTable() {
        Listing listing = scan();
        listing.warnings().forEach(System.err::println);
        return listing.table();
    }

    /**
     * The run with this id. An id is a name inside this registry (letters, digits, '.', '_', '-', starting with a
     * letter or digit); paths and links leading out of the folder are refused, as is an unreadable file.
     */
    public RunRecord load(String id) {
        Check.notNull("id", id);
        if (!NAME.matcher(id).matches() || id.length() > MAX_NAME_LENGTH + 40) {
            throw Check.fail("run id", "\"" + printable(id) + "\"", "a run id is a name inside the registry " + directory
                    + " (letters, digits, '.', '_' or '-', starting with a letter or digit; no path, no '/', no '..')",
                    "list the runs to see their ids");
        }
        Path f = file(id);
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            List<String> known = scan().runs().stream().map(RunRecord::id).toList();
            List<String> latest = known.subList(Math.max(0, known.size() - 10), known.size());
            throw Check.fail("run id", "\"" + id + "\"", "no such run in " + directory, known.isEmpty() ? "save a run first"
                    : (known.size() > latest.size() ? "the latest " + latest.size() + " of " + known.size() + ": " : "known: ")
                    + String.join(", ", latest));
        }
        try {
            return read(f);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw Check.fail("run id", "\"" + id + "\"", "its file cannot be read: " + e.getMessage(), "remove or restore that file");
        }
    }

    /**
     * Two runs side by side: one row per field (seed, version, then parameters, then results), with the value in
     * each run; a field one run lacks shows as empty.
     */
    public Table compare(String idA, String idB) {
        if (Check.notNull("idA", idA).equals(Check.notNull("idB", idB))) {
            throw Check.fail("run ids", "\"" + printable(idA) + "\" twice", "a comparison needs two different runs",
                    "name a second run (list the runs to see their ids)");
        }
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
        return directory.resolve(id + SUFFIX);
    }

    /**
     * Reads one run file: inside the registry (no link out of it), at most {@link #MAX_FILE_BYTES}, one strict JSON
     * object. Failures are IllegalArgumentException with a message naming the rule, never the file's content.
     */
    private RunRecord read(Path f) {
        try {
            Path real = f.toRealPath();
            if (!real.getParent().equals(directory.toRealPath())) {
                throw new IllegalArgumentException("it is a link to a file outside the registry; run files must live in it");
            }
            long size = Files.size(real);
            if (size > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("it has " + size + " bytes, above the " + MAX_FILE_BYTES + "-byte limit for a run file");
            }
            if (size == 0) throw new IllegalArgumentException("it is empty (an interrupted write from an older version?)");
            return RunRecord.fromJson(Json.readTree(Files.readString(real, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not valid JSON: " + Json.problem(e));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException("it is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read it: " + e.getClass().getSimpleName() + " " + printable(String.valueOf(e.getMessage())), e);
        }
    }

    /** The text with control characters shown as '?', so a hostile name cannot break a one-line message. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 120));
        for (int i = 0; i < s.length() && i < 120; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return s.length() > 120 ? b + "... (" + s.length() + " characters)" : b.toString();
    }

    /** Values JSON can hold: numbers, strings, booleans, lists, maps; intervals become {estimate, half_width, level, samples}. */
    private static Map<String, Object> plain(Map<String, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (in == null) return out;
        in.forEach((k, v) -> out.put(k, plainValue(k, v)));
        return out;
    }

    private static Object plainValue(String key, Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) return v;
        if (v instanceof Number) return v;   // NaN and infinities: Json's convention (null, "Infinity", "-Infinity")
        if (v instanceof ConfidenceInterval ci) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("estimate", ci.estimate());
            m.put("half_width", ci.halfWidth());
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
