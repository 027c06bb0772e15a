package brokerlab.experiment;

import brokerlab.util.Check;
import brokerlab.util.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link SweepSpec} as a file, JSON or (for {@code .yaml} / {@code .yml}) YAML, and its results as files.
 * <pre>{@code
 * {"name": "mmc-error-map",
 *  "model": {"kind": "station", "spec": {"arrival": "exp(rate=1)", "service": "exp(rate=1)", "servers": 1}},
 *  "grid": {"service.scv": [0.5, 1, 2], "rho": [0.5, 0.7, 0.9], "servers": [1, 4]},
 *  "replications": 5, "customers": 20000, "seed": 42, "level": 0.95, "metrics": ["mean_wait", "p99_response"]}
 * }</pre>
 * {@code model} holds the base description inline ({@code spec}) or names a model file ({@code file}, a path
 * relative to the sweep file, read and inlined so the description shipped to a cluster is self-contained).
 * The run length is {@code customers} (measured, with a warm-up of a tenth unless {@code warmup} gives it) or
 * {@code time} (measured time units after {@code warmup}, default 0). Only {@code model} and {@code grid} are
 * required; the rest default to name {@code sweep}, 10 replications, 10,000 customers, seed 1, level 0.95 and
 * every metric.
 */
public final class SweepFile {
    private static final Set<String> KEYS = Set.of("name", "model", "grid", "replications", "customers", "time", "warmup",
            "seed", "level", "metrics", "description");

    private SweepFile() {}

    /** Reads a sweep file; YAML when its name ends in .yaml or .yml, else JSON. */
    public static SweepSpec read(Path file) {
        Check.notNull("--grid", file);
        Map<String, Object> m = tree(text(file), yaml(file), file.toString());
        return fromMap(m, file.toAbsolutePath().getParent(), file.toString());
    }

    /** Reads a description from JSON text; a {@code model.file} is resolved against {@code directory}. */
    public static SweepSpec fromJson(String json, Path directory) {
        return fromMap(Json.readObject(json, "sweep", "(" + json.length() + " characters)"), directory, "sweep JSON");
    }

    /** Reads {@link #toJson}'s form, which has the model inline. */
    public static SweepSpec fromJson(String json) {
        return fromJson(json, Path.of("."));
    }

    @SuppressWarnings("unchecked")
    static SweepSpec fromMap(Map<String, Object> m, Path directory, String where) {
        if (m == null) throw Check.fail("--grid", where, "it is empty", "describe a model and a grid");
        for (String key : m.keySet()) {
            if (!KEYS.contains(key)) {
                throw Check.fail("sweep key", "'" + key + "'", "it is not one of " + new TreeSet<>(KEYS) + " (in " + where + ")",
                        "remove or rename it");
            }
        }
        if (!(m.get("model") instanceof Map<?, ?> model)) {
            throw Check.fail("model", m.get("model") == null ? "missing" : m.get("model"), "the sweep needs a model object (in "
                    + where + ")", "add \"model\": {\"kind\": \"station\", \"spec\": {...}}");
        }
        String kind = String.valueOf(model.get("kind"));
        Map<String, Object> base;
        if (model.get("spec") instanceof Map<?, ?> spec && !model.containsKey("file")) {
            base = (Map<String, Object>) spec;
        } else if (model.get("file") != null && !model.containsKey("spec")) {
            Path file = directory.resolve(String.valueOf(model.get("file")));
            base = tree(text(file), yaml(file), file.toString());
        } else {
            throw Check.fail("model", model, "it needs exactly one of spec (an object) and file (a path) (in " + where + ")",
                    "e.g. \"model\": {\"kind\": \"network\", \"file\": \"tandem.yaml\"}");
        }
        if (!(m.get("grid") instanceof Map<?, ?> g)) {
            throw Check.fail("grid", m.get("grid") == null ? "missing" : m.get("grid"), "it must be an object of parameter "
                    + "lists (in " + where + ")", "add e.g. \"grid\": {\"rho\": [0.5, 0.7, 0.9]}");
        }
        Map<String, List<Double>> grid = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : g.entrySet()) {
            if (!(e.getValue() instanceof List<?> values)) {
                throw Check.fail("grid parameter '" + e.getKey() + "'", e.getValue(), "its values must be a list", "e.g. [1, 2, 4]");
            }
            List<Double> v = new ArrayList<>();
            for (Object x : values) {
                if (!(x instanceof Number n)) throw Check.fail("grid parameter '" + e.getKey() + "'", x, "values must be numbers", "e.g. 0.5");
                v.add(n.doubleValue());
            }
            grid.put(String.valueOf(e.getKey()), v);
        }
        List<String> metrics = new ArrayList<>();
        if (m.get("metrics") instanceof List<?> l) for (Object x : l) metrics.add(String.valueOf(x));
        SweepSpec s = new SweepSpec(String.valueOf(m.getOrDefault("name", "sweep")), kind, base, grid,
                whole(m.getOrDefault("replications", RunPlan.DEFAULT_REPLICATIONS), "replications"), length(m, where),
                ((Number) number(m.getOrDefault("seed", 1), "seed")).longValue(),
                ((Number) number(m.getOrDefault("level", 0.95), "level")).doubleValue(), metrics);
        s.sweep();                                         // an empty grid fails here, before anything runs
        return s;
    }

    private static RunLength length(Map<String, Object> m, String where) {
        boolean customers = m.containsKey("customers"), time = m.containsKey("time");
        if (customers && time) {
            throw Check.fail("customers", m.get("customers"), "a sweep gives customers or time, not both (in " + where + ")",
                    "drop one of them");
        }
        if (time) {
            double warmup = m.containsKey("warmup") ? ((Number) number(m.get("warmup"), "warmup")).doubleValue() : 0;
            return RunLength.time(warmup, ((Number) number(m.get("time"), "time")).doubleValue());
        }
        if (!customers) {
            if (m.containsKey("warmup")) throw Check.fail("warmup", m.get("warmup"), "it needs customers or time", "add one");
            return SweepSpec.DEFAULT_LENGTH;
        }
        long n = ((Number) number(m.get("customers"), "customers")).longValue();
        return m.containsKey("warmup") ? RunLength.customers(((Number) number(m.get("warmup"), "warmup")).longValue(), n)
                : RunLength.customers(n);
    }

    /** The description as JSON with the model inline: what {@link #fromJson(String)} reads back to an equal spec. */
    public static String toJson(SweepSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kind", s.kind());
        model.put("spec", new LinkedHashMap<>(s.base()));
        m.put("model", model);
        m.put("grid", new LinkedHashMap<>(s.grid()));     // grid order is point order: never let JSON sort it
        m.put("replications", s.replications());
        if (s.length() instanceof RunLength.Customers c) {
            m.put("customers", c.measured());
            m.put("warmup", c.warmup());
        } else if (s.length() instanceof RunLength.Time t) {
            m.put("time", t.duration());
            m.put("warmup", t.warmup());
        }
        m.put("seed", s.seed());
        m.put("level", s.level());
        m.put("metrics", s.metrics());
        return Json.write(m);
    }

    /** The sweep's metadata for result files: the description's parameters, tasks and the library version. */
    public static Map<String, Object> metadata(SweepSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep", s.name());
        m.put("kind", s.kind());
        m.put("model", new LinkedHashMap<>(s.base()));
        m.put("grid", new LinkedHashMap<>(s.grid()));
        m.put("points", s.tasks() / s.replications());
        m.put("replications", s.replications());
        m.put("tasks", s.tasks());
        m.put("length", String.valueOf(s.length()));
        m.put("seed", s.seed());
        m.put("level", s.level());
        m.put("library_version", LibraryVersion.get());
        return m;
    }

    /**
     * Writes {@code NAME.csv} (one row per point: parameters, then each metric with its interval) and
     * {@code NAME-runs.csv} (one row per task: point, parameters, replication, every metric), each with its
     * {@code .meta.json} ({@link ResultWriter}); {@code run} adds what ran it (runner, versions, wall time).
     * Returns the paths written.
     */
    public static List<Path> write(Path directory, SweepSpec s, SweepResult<Outcome> result, Map<String, ?> run) {
        Map<String, Object> meta = metadata(s);
        meta.putAll(run);
        ResultWriter w = new ResultWriter(directory, "brokerlab sweep");
        return List.of(w.write(s.name(), result.table(s.tableMetrics(result)), meta, s.seed()),
                w.write(s.name() + "-runs", runs(result), meta, s.seed()));
    }

    /** One row per (point, replication): point index, the parameters, replication, then every metric's value. */
    public static Table runs(SweepResult<?> result) {
        IntColumn point = IntColumn.create("point"), rep = IntColumn.create("replication");
        List<String> params = new ArrayList<>(result.points().get(0).values().keySet());
        List<DoubleColumn> p = params.stream().map(DoubleColumn::create).toList();
        List<Metric> metrics = result.at(0).metrics();
        List<DoubleColumn> v = metrics.stream().map(x -> DoubleColumn.create(x.name())).toList();
        for (int i = 0; i < result.points().size(); i++) {
            List<? extends Outcome> runs = result.at(i).runs();
            for (int r = 0; r < runs.size(); r++) {
                point.append(i);
                rep.append(r);
                for (int k = 0; k < params.size(); k++) p.get(k).append(result.points().get(i).get(params.get(k)));
                for (int k = 0; k < metrics.size(); k++) v.get(k).append(runs.get(r).measurements().get(metrics.get(k)));
            }
        }
        Table t = Table.create("runs", point);
        p.forEach(t::addColumns);
        t.addColumns(rep);
        v.forEach(t::addColumns);
        return t;
    }

    private static boolean yaml(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw Check.fail("--grid", file, "it cannot be read (" + e.getClass().getSimpleName() + ")",
                    "give the path of a JSON or YAML sweep file");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(String text, boolean yaml, String where) {
        if (!yaml) return Json.readObject(text, "file", where);
        try {
            return new YAMLMapper().readValue(text, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw Check.fail("file", where, "it is not valid YAML: " + e.getOriginalMessage(), "fix the file");
        }
    }

    private static Object number(Object value, String key) {
        if (value instanceof Number) return value;
        throw Check.fail(key, value, "it must be a number", "e.g. 42");
    }

    private static int whole(Object value, String key) {
        if (value instanceof Integer i) return i;
        throw Check.fail(key, value, "it must be a whole number", "e.g. 10");
    }
}
