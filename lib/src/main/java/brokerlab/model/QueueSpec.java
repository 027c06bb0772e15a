package brokerlab.model;

import brokerlab.analytic.Analysis;
import brokerlab.analytic.GGcK;
import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.experiment.Model;
import brokerlab.model.routing.RoutingPolicy;
import brokerlab.util.Check;
import brokerlab.util.Json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One queueing station described once, for a notebook, a JSON file and {@code brokerlab analyze|simulate} alike:
 * the arrival and service distributions, the servers, an optional capacity, optional per-server speeds with a
 * routing policy, and the discipline. {@link #toModel()} gives the simulation model ({@link Station}, or a
 * {@link ServerFarm} when there are speeds or per-server routing); {@link #analyze()} the closed form or named
 * approximation the command line would print ({@link GGcK}).
 *
 * <pre>{@code
 * QueueSpec q = QueueSpec.of("exp(rate=3.6)", "exp(rate=1)", 4);
 * q.analyze().get(Metric.MEAN_WAIT);                                       // 1.9694 (Erlang C)
 * Experiment.of(q.toModel()).customers(100_000).seed(42).run().get(Metric.MEAN_WAIT);
 * QueueSpec.fromJson(q.toJson()).equals(q);                                // true
 * }</pre>
 *
 * <p>Messages name the parameters as the command line does ({@code --servers}); a JSON spec uses the same words
 * without the dashes. Stability is checked by {@link #requireStable()} (and by {@link #toModel()}), not by the
 * constructor, so an overloaded queue can still be described, printed and planned for.
 *
 * <p>Two specs are equal when their distributions have the same {@link Distribution#spec()} text and every other
 * component is equal.
 *
 * @param arrival    inter-arrival time distribution
 * @param service    service time (work) distribution; a server of speed s takes work / s
 * @param servers    number of servers, at least 1
 * @param capacity   jobs held in total (in service plus waiting), at least {@code servers}; 0 for an infinite buffer
 * @param speeds     one speed per server, each positive and finite, or null for identical servers of speed 1
 * @param routing    a {@link RoutingPolicy#named} name: {@code shared} (one queue, the default) or a per-server
 *                   policy such as {@code jsq}
 * @param discipline FCFS, or PS (processor sharing; one shared queue of identical servers only)
 */
public record QueueSpec(Distribution arrival, Distribution service, int servers, int capacity, double[] speeds,
                        String routing, Discipline discipline) {
    /** The routing of one shared queue. */
    public static final String SHARED = "shared";

    public QueueSpec {
        Check.notNull("--arrival", arrival);
        Check.notNull("--service", service);
        Check.atLeast("--servers", servers, 1);
        Check.notNull("--discipline", discipline);
        routing = routing == null ? SHARED : routing.strip().toLowerCase(Locale.ROOT);
        policy(routing);
        if (speeds != null) {
            speeds = speeds.clone();
            if (speeds.length != servers) {
                throw Check.fail("--speeds", Arrays.toString(speeds), "it lists " + speeds.length + " speeds but "
                        + "--servers is " + servers, "give one speed per server, or drop --servers");
            }
            for (int i = 0; i < speeds.length; i++) {
                if (!(speeds[i] > 0) || Double.isInfinite(speeds[i])) {
                    throw Check.fail("--speeds", Arrays.toString(speeds), "speed " + (i + 1) + " is " + speeds[i]
                            + "; every speed must be > 0 and finite", "e.g. --speeds 1,1,0.1");
                }
            }
        }
        new GGcK(arrival, service, servers, capacity);           // the capacity rule, with its message
        if (discipline == Discipline.PS && (speeds != null || !routing.equals(SHARED))) {
            throw Check.fail("--discipline", "ps", "processor sharing is simulated for one shared queue of identical "
                    + "servers only", "drop --speeds and --routing, or use --discipline fcfs");
        }
    }

    /** FCFS, identical servers, one shared queue, infinite buffer; distributions as {@link Distributions#parse} text. */
    public static QueueSpec of(String arrival, String service, int servers) {
        return of(Distributions.parse(arrival), Distributions.parse(service), servers);
    }

    /** FCFS, identical servers, one shared queue, infinite buffer. */
    public static QueueSpec of(Distribution arrival, Distribution service, int servers) {
        return new QueueSpec(arrival, service, servers, 0, null, SHARED, Discipline.FCFS);
    }

    public QueueSpec capacity(int k) { return new QueueSpec(arrival, service, servers, k, speeds, routing, discipline); }

    /** Servers with these speeds (their number becomes {@code servers}). */
    public QueueSpec speeds(double... s) {
        return new QueueSpec(arrival, service, s.length, capacity, s, routing, discipline);
    }

    public QueueSpec routing(String name) { return new QueueSpec(arrival, service, servers, capacity, speeds, name, discipline); }

    public QueueSpec discipline(Discipline d) { return new QueueSpec(arrival, service, servers, capacity, speeds, routing, d); }

    @Override public double[] speeds() { return speeds == null ? null : speeds.clone(); }

    public boolean hasCapacity() { return capacity > 0; }

    /** True when the servers differ in speed or have queues of their own: a {@link ServerFarm}, not a {@link Station}. */
    public boolean isFarm() { return speeds != null || !routing.equals(SHARED); }

    /** The routing policy the name stands for. */
    public RoutingPolicy routingPolicy() { return policy(routing); }

    private static RoutingPolicy policy(String name) {
        try {
            return RoutingPolicy.named(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage(), e);   // "--routing = fastest is invalid: ..."
        }
    }

    /** The queue the formulas analyse; identical FCFS servers sharing one queue only. */
    public GGcK queue() {
        if (isFarm() || discipline != Discipline.FCFS) {
            throw Check.fail(isFarm() ? "--speeds/--routing" : "--discipline", isFarm() ? routing : discipline,
                    "the analytic methods cover identical FCFS servers sharing one queue", "simulate this station");
        }
        return new GGcK(arrival, service, servers, capacity);
    }

    /** The default analytic method's results, as {@code brokerlab analyze} prints them. */
    public Analysis analyze() { return queue().analyze(); }

    /** Rejects an overloaded infinite buffer: utilisation lambda E[S] / (total speed) must be below one. */
    public void requireStable() {
        if (!isFarm()) {
            new GGcK(arrival, service, servers, capacity).requireStable();
            return;
        }
        double total = speeds == null ? servers : Arrays.stream(speeds).sum();
        double rho = service.mean() / arrival.mean() / total;
        if (!hasCapacity() && !(rho < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--servers/--speeds: utilisation "
                    + "lambda E[S] / sum(speeds) = %.4g >= 1, so the queue is unstable; add servers or speed, lower "
                    + "the arrival rate in --arrival, or give --capacity K", rho));
        }
    }

    /** The simulation model: a {@link Station} (FCFS or PS), or a {@link ServerFarm} for speeds or per-server routing. */
    public Model<StationRun> toModel() {
        requireStable();
        if (!isFarm()) return Station.of(arrival, service, servers, capacity, discipline);
        double[] s = speeds != null ? speeds : filled(servers);
        return ServerFarm.of(arrival, service, s).routing(routingPolicy()).capacity(capacity);
    }

    private static double[] filled(int n) {
        double[] s = new double[n];
        Arrays.fill(s, 1.0);
        return s;
    }

    /** The spec as JSON: {@code arrival}, {@code service}, {@code servers}, {@code capacity} (0 = infinite),
     *  {@code speeds} (null = identical), {@code routing}, {@code discipline} ({@code fcfs} or {@code ps}). */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arrival", arrival.spec());
        m.put("service", service.spec());
        m.put("servers", servers);
        m.put("capacity", capacity);
        m.put("speeds", speeds);
        m.put("routing", routing);
        m.put("discipline", discipline.name().toLowerCase(Locale.ROOT));
        return Json.write(m);
    }

    /** Reads {@link #toJson()}'s form; only {@code arrival}, {@code service} and {@code servers} are required. */
    public static QueueSpec fromJson(String json) {
        Map<String, Object> m = Json.readObject(json, "queue spec", "(" + json.length() + " characters)");
        List<String> unknown = new ArrayList<>(m.keySet());
        unknown.removeAll(List.of("arrival", "service", "servers", "capacity", "speeds", "routing", "discipline"));
        if (!unknown.isEmpty()) {
            throw Check.fail("queue spec key", unknown.get(0), "it is not one of arrival, service, servers, capacity, "
                    + "speeds, routing, discipline", "remove or rename it");
        }
        double[] speeds = m.get("speeds") == null ? null
                : ((List<?>) m.get("speeds")).stream().mapToDouble(Json::toDouble).toArray();
        return new QueueSpec(distribution(m, "arrival"), distribution(m, "service"), whole(m.get("servers"), "servers"),
                m.get("capacity") == null ? 0 : whole(m.get("capacity"), "capacity"), speeds, (String) m.get("routing"),
                discipline(String.valueOf(m.getOrDefault("discipline", "fcfs"))));
    }

    /** {@code fcfs} or {@code ps}, any case. */
    public static Discipline discipline(String name) {
        return switch (Check.notNull("--discipline", name).strip().toLowerCase(Locale.ROOT)) {
            case "fcfs" -> Discipline.FCFS;
            case "ps" -> Discipline.PS;
            default -> throw Check.fail("--discipline", name, "it must be fcfs or ps", "e.g. --discipline ps");
        };
    }

    private static Distribution distribution(Map<String, Object> m, String key) {
        Object text = m.get(key);
        if (text == null) throw Check.fail(key, "missing", "the queue spec needs it", "add e.g. \"" + key + "\": \"exp(rate=1)\"");
        try {
            return Distributions.parse(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + key + " '" + text + "': " + e.getMessage(), e);
        }
    }

    private static int whole(Object value, String key) {
        if (value instanceof Integer i) return i;
        throw Check.fail("--" + key, value, "it must be a whole number", "e.g. 4");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueueSpec q && arrival.spec().equals(q.arrival.spec()) && service.spec().equals(q.service.spec())
                && servers == q.servers
                && capacity == q.capacity && Arrays.equals(speeds, q.speeds) && routing.equals(q.routing)
                && discipline == q.discipline;
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(arrival.spec(), service.spec(), servers, capacity, routing, discipline) + Arrays.hashCode(speeds);
    }

    @Override
    public String toString() {
        return "QueueSpec(" + arrival.spec() + ", " + service.spec() + ", c=" + servers
                + (hasCapacity() ? ", K=" + capacity : "") + (speeds == null ? "" : ", speeds=" + Arrays.toString(speeds))
                + (isFarm() ? ", " + routing : "") + ", " + discipline + ")";
    }
}
