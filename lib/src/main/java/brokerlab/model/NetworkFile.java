package brokerlab.model;

import brokerlab.analytic.network.NetworkAnalysis;
import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.model.network.NetworkRun;
import brokerlab.model.network.QueueingNetwork;
import brokerlab.util.Check;
import brokerlab.util.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A queueing network described in a model file, JSON or (for {@code .yaml} / {@code .yml}) YAML: the stations,
 * the routing probabilities (feedback included), and either external sources (an open network) or a closed
 * population of clients. {@code brokerlab simulate --model FILE} runs {@link #toModel()};
 * {@code brokerlab analyze --model FILE} prints {@link #analyze()} (Jackson, QNA or MVA).
 * <pre>{@code
 * {"stations": [{"name": "sender", "servers": 4, "service": "exp(rate=10)"},
 *               {"name": "broker", "servers": 4, "service": "exp(rate=10)"}],
 *  "routing":  {"sender": {"broker": 1.0}, "broker": {"broker": 0.12}},
 *  "sources":  [{"station": "sender", "interarrival": "exp(rate=30.3)"}]}
 * }</pre>
 * A station has a snake_case {@code name} (it prefixes the station's metrics), a {@code service} distribution in
 * {@link Distributions#parse} text, and {@code servers} (identical, FCFS) or {@code "delay": true} (infinite
 * servers, closed models only); {@code capacity} K optionally bounds the jobs it holds (arrivals beyond are
 * rejected and leave). {@code routing} maps a station to the stations its jobs go next with their probabilities;
 * the rest of the row leaves the network. A closed model has {@code "clients": {"population": N,
 * "think_time": SPEC, "station": NAME}} instead of sources. The simulator takes one external source, so
 * {@link #toModel()} needs exactly one; the analysis takes several.
 */
public final class NetworkFile {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> TOP = Set.of("stations", "routing", "sources", "clients", "description");

    /** One station: {@code servers} 0 means a delay (infinite-server) station; {@code capacity} 0 an infinite buffer. */
    public record Node(String name, int servers, Distribution service, int capacity) {}

    /** External arrivals into a station. */
    public record Source(String station, Distribution interArrival) {}

    /** A closed population: each client thinks, then sends one job into {@code station}. */
    public record Clients(int population, Distribution thinkTime, String station) {}

    private final String where;
    private final List<Node> stations;
    private final double[][] routing;
    private final List<Source> sources;
    private final Clients clients;

    private NetworkFile(String where, List<Node> stations, double[][] routing, List<Source> sources, Clients clients) {
        this.where = where;
        this.stations = List.copyOf(stations);
        this.routing = routing;
        this.sources = List.copyOf(sources);
        this.clients = clients;
    }

    /** Reads a model file; YAML when its name ends in .yaml or .yml, else JSON. */
    public static NetworkFile read(Path file) {
        Check.notNull("--model", file);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw Check.fail("--model", file, "it cannot be read (" + e.getClass().getSimpleName() + ")",
                    "give the path of a JSON or YAML model file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return parse(text, name.endsWith(".yaml") || name.endsWith(".yml"), file.toString());
    }

    /** Parses model-file text; {@code where} names it in error messages. */
    @SuppressWarnings("unchecked")
    public static NetworkFile parse(String text, boolean yaml, String where) {
        Map<String, Object> m;
        if (yaml) {
            try {
                m = new YAMLMapper().readValue(text, LinkedHashMap.class);
            } catch (JsonProcessingException e) {
                throw Check.fail("--model", where, "it is not valid YAML: " + e.getOriginalMessage(), "fix the file");
            }
        } else {
            m = Json.readObject(text, "--model", where);
        }
        if (m == null) throw Check.fail("--model", where, "it is empty", "describe stations, routing and sources");
        known(m, TOP, "top-level key", where);
        List<Node> nodes = new ArrayList<>();
        for (Object o : list(m, "stations", where)) nodes.add(node(map(o, "station", where), nodes, where));
        if (nodes.isEmpty()) throw Check.fail("stations", "[]", "a network needs at least one station", "add one");
        List<String> names = nodes.stream().map(Node::name).toList();
        double[][] p = routing(m.get("routing"), names, where);
        List<Source> sources = new ArrayList<>();
        if (m.containsKey("sources")) {
            for (Object o : list(m, "sources", where)) {
                Map<String, Object> s = map(o, "source", where);
                known(s, Set.of("station", "interarrival"), "source key", where);
                sources.add(new Source(station(s.get("station"), names, "source station"), dist(s, "interarrival", where)));
            }
        }
        Clients clients = null;
        if (m.containsKey("clients")) {
            Map<String, Object> c = map(m.get("clients"), "clients", where);
            known(c, Set.of("population", "think_time", "station"), "clients key", where);
            clients = new Clients(Check.atLeast("clients.population", whole(c.get("population"), "clients.population"), 1),
                    dist(c, "think_time", where), station(c.get("station"), names, "clients.station"));
        }
        if (sources.isEmpty() == (clients == null)) {
            throw Check.fail("--model", where, clients == null ? "it has neither sources nor clients"
                    : "it has both sources and clients", "an open network has sources, a closed one clients");
        }
        for (Node n : nodes) {
            if (clients == null && n.servers() == 0) {
                throw Check.fail("station '" + n.name() + "'", "delay", "delay stations are for closed models",
                        "give it servers, or describe clients instead of sources");
            }
        }
        return new NetworkFile(where, nodes, p, sources, clients);
    }

    private static Node node(Map<String, Object> s, List<Node> before, String where) {
        known(s, Set.of("name", "servers", "service", "capacity", "delay"), "station key", where);
        String name = String.valueOf(s.get("name"));
        if (!NAME.matcher(name).matches()) {
            throw Check.fail("station name", "'" + name + "'", "it must be snake_case (a-z, 0-9, _; a letter first): "
                    + "it prefixes the station's metrics", "e.g. \"broker\" or \"app_tier\"");
        }
        if (before.stream().anyMatch(n -> n.name().equals(name))) {
            throw Check.fail("station name", "'" + name + "'", "station names must be unique", "rename one of them");
        }
        boolean delay = Boolean.TRUE.equals(s.get("delay"));
        int servers = delay ? 0 : Check.atLeast("servers of '" + name + "'", whole(s.get("servers"), "servers of '" + name + "'"), 1);
        int capacity = s.get("capacity") == null ? 0 : whole(s.get("capacity"), "capacity of '" + name + "'");
        if (capacity != 0 && capacity < servers) {
            throw Check.fail("capacity of '" + name + "'", capacity, "it must be >= servers (" + servers + ")",
                    "raise it, or drop it for an infinite buffer");
        }
        return new Node(name, servers, dist(s, "service", where), capacity);
    }

    private static double[][] routing(Object value, List<String> names, String where) {
        int n = names.size();
        double[][] p = new double[n][n];
        if (value == null) return p;
        for (Map.Entry<String, Object> row : map(value, "routing", where).entrySet()) {
            int i = names.indexOf(station(row.getKey(), names, "routing from"));
            double sum = 0;
            for (Map.Entry<String, Object> to : map(row.getValue(), "routing from '" + row.getKey() + "'", where).entrySet()) {
                int j = names.indexOf(station(to.getKey(), names, "routing to"));
                String what = "routing " + row.getKey() + " -> " + to.getKey();
                if (!(to.getValue() instanceof Number x)) throw Check.fail(what, to.getValue(), "it must be a probability", "e.g. 0.12");
                sum += p[i][j] = Check.probability(what, x.doubleValue());
            }
            if (sum > 1 + 1e-9) {
                throw Check.fail("routing from '" + row.getKey() + "'", sum, "the probabilities must sum to at most 1 "
                        + "(the remainder leaves the network)", "lower them");
            }
        }
        return p;
    }

    public List<Node> stations() { return stations; }

    public List<Source> sources() { return sources; }

    /** The closed population, or null for an open network. */
    public Clients clients() { return clients; }

    public boolean isClosed() { return clients != null; }

    /** P[from][to] in station order. */
    public double routing(int from, int to) { return routing[from][to]; }

    /** The open network with its one source, built and validated by {@link QueueingNetwork.Builder}. */
    public QueueingNetwork network() {
        if (isClosed() || sources.size() != 1) {
            throw Check.fail("--model", where, isClosed() ? "a closed population is analysed by MVA; the simulator "
                    + "runs open networks" : "it has " + sources.size() + " sources; the network simulator takes one "
                    + "external stream", isClosed() ? "use analyze --model" : "merge Poisson sources into one (rates "
                    + "add) and split it by routing");
        }
        QueueingNetwork.Builder b = QueueingNetwork.builder();
        for (Node n : stations) {
            var s = brokerlab.model.network.Node.of(n.name(), n.servers(), n.service());
            b.station(n.capacity() > 0 ? s.withCapacity(n.capacity()) : s);
        }
        b.arrivals(sources.get(0).station(), sources.get(0).interArrival());
        for (int i = 0; i < stations.size(); i++) {
            for (int j = 0; j < stations.size(); j++) {
                if (routing[i][j] > 0) b.route(stations.get(i).name(), stations.get(j).name(), routing[i][j]);
            }
        }
        return b.build();
    }

    /** The open network as a simulation model (see {@link Simulated} for its metrics). */
    public Model<Measurements> toModel() {
        return new Simulated(network(), where);
    }

    /** Jackson or QNA for an open network, MVA for a closed one ({@link NetworkAnalysis}). */
    public NetworkAnalysis analyze() {
        List<String> names = stations.stream().map(Node::name).toList();
        int n = names.size();
        Distribution[] service = stations.stream().map(Node::service).toArray(Distribution[]::new);
        int[] servers = stations.stream().mapToInt(Node::servers).toArray();
        for (Node s : stations) {
            if (s.capacity() > 0) {
                throw Check.fail("capacity of '" + s.name() + "'", s.capacity(), "the network methods assume "
                        + "infinite buffers", "simulate --model to see the rejections");
            }
        }
        if (isClosed()) {
            return NetworkAnalysis.closed(names, clients.population(), clients.thinkTime().mean(),
                    names.indexOf(clients.station()), routing, service, servers);
        }
        Distribution[] external = new Distribution[n];
        for (Source s : sources) {
            int i = names.indexOf(s.station());
            if (external[i] != null) {
                throw Check.fail("sources", s.station(), "two sources feed one station", "merge them into one");
            }
            external[i] = s.interArrival();
        }
        return NetworkAnalysis.open(names, external, routing, service, servers);
    }

    @Override
    public String toString() {
        return "network " + where + ": " + stations.size() + " stations, "
                + (isClosed() ? clients.population() + " clients" : sources.size() + " source(s)");
    }

    /**
     * The open network simulated by {@link QueueingNetwork}, one replication per call: a {@link RunLength} in
     * customers is converted to time at the external arrival rate. Measured: {@code throughput},
     * {@code mean_response}, {@code p50/p95/p99_response} (end to end), {@code mean_number_in_system},
     * {@code rejection_probability} (when some station has a capacity), and per station {@code NAME_utilization}, {@code NAME_mean_wait},
     * {@code NAME_mean_response} (per visit) and {@code NAME_mean_number_in_system}.
     */
    record Simulated(QueueingNetwork network, String where) implements Model<Measurements> {
        @Override
        public Measurements run(RunLength length, long seed, int replication) {
            NetworkRun r = network.run(Check.notNull("length", length), seed, replication);
            Measurements.Builder b = Measurements.builder();
            for (Metric m : List.of(Metric.THROUGHPUT, Metric.MEAN_RESPONSE, Metric.P50_RESPONSE, Metric.P95_RESPONSE,
                    Metric.P99_RESPONSE, Metric.MEAN_NUMBER_IN_SYSTEM)) b.put(m, r.get(m));
            if (network.nodes().stream().anyMatch(s -> s.hasFiniteCapacity())) {
                b.put(Metric.REJECTION_PROBABILITY, r.get(Metric.REJECTION_PROBABILITY));
            }
            for (Slice s : r.nodes()) {
                b.put(NetworkAnalysis.metric(s.name(), "utilization", Metric.Kind.TIME_AVERAGE, ""), s.get(Metric.UTILIZATION))
                        .put(NetworkAnalysis.metric(s.name(), "mean_wait", Metric.Kind.MEAN, "time"), s.get(Metric.MEAN_WAIT))
                        .put(NetworkAnalysis.metric(s.name(), "mean_response", Metric.Kind.MEAN, "time"), s.get(Metric.MEAN_RESPONSE))
                        .put(NetworkAnalysis.metric(s.name(), "mean_number_in_system", Metric.Kind.TIME_AVERAGE, "jobs"), s.get(Metric.MEAN_NUMBER_IN_SYSTEM));
            }
            return b.build();
        }

        @Override
        public String describe() {
            return "network " + where;
        }
    }

    private static void known(Map<String, Object> m, Set<String> allowed, String what, String where) {
        for (String key : m.keySet()) {
            if (!allowed.contains(key)) {
                throw Check.fail(what, "'" + key + "'", "it is not one of " + new java.util.TreeSet<>(allowed) + " (in "
                        + where + ")", "remove or rename it");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what, String where) {
        if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw Check.fail(what, o, "it must be an object (in " + where + ")", "write it as {...}");
    }

    private static List<?> list(Map<String, Object> m, String key, String where) {
        if (m.get(key) instanceof List<?> l) return l;
        throw Check.fail(key, m.get(key) == null ? "missing" : m.get(key), "it must be a list (in " + where + ")",
                "write \"" + key + "\": [...]");
    }

    private static String station(Object name, List<String> names, String what) {
        if (!names.contains(String.valueOf(name))) {
            throw Check.fail(what, "'" + name + "'", "no station has this name", "known stations: " + names);
        }
        return String.valueOf(name);
    }

    private static Distribution dist(Map<String, Object> m, String key, String where) {
        Object text = m.get(key);
        if (text == null) throw Check.fail(key, "missing", "it is required (in " + where + ")", "e.g. \"exp(rate=1)\"");
        try {
            return Distributions.parse(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " '" + text + "' (in " + where + "): " + e.getMessage(), e);
        }
    }

    private static int whole(Object value, String what) {
        if (value instanceof Integer i) return i;
        throw Check.fail(what, value == null ? "missing" : value, "it must be a whole number", "e.g. 4");
    }
}
