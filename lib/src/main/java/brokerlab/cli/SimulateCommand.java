package brokerlab.cli;

import brokerlab.dist.Distribution;
import brokerlab.experiment.Replications;
import brokerlab.experiment.RunRecord;
import brokerlab.experiment.RunRegistry;
import brokerlab.model.Discipline;
import brokerlab.model.ServerFarm;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.model.StationRun;
import brokerlab.model.Station;
import brokerlab.model.routing.FastestFreeServer;
import brokerlab.model.routing.JoinShortestQueue;
import brokerlab.model.routing.LeastConnections;
import brokerlab.model.routing.PowerOfDChoices;
import brokerlab.model.routing.RandomSplit;
import brokerlab.model.routing.RoundRobin;
import brokerlab.model.routing.RoutingPolicy;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * {@code simulate}: independent replications of a {@link Station} (identical servers, one shared queue, FCFS or
 * processor sharing) or, with {@code --speeds} or a per-server {@code --routing}, of a {@link ServerFarm}; every
 * metric is reported with its Student-t 95% half-width over replications ({@link StationEstimate}). Replication r
 * uses substream r of {@code --seed}, so the same command line prints the same numbers at any thread count.
 */
final class SimulateCommand implements Command {
    static final long DEFAULT_CUSTOMERS = 100_000;
    static final int DEFAULT_REPLICATIONS = 10;
    static final long DEFAULT_SEED = 1;

    @Override public String name() { return "simulate"; }

    @Override public String summary() { return "discrete-event simulation with 95% confidence intervals"; }

    @Override public Set<String> options() {
        return Command.ordered("arrival", "service", "servers", "capacity", "speeds", "routing", "discipline", "customers",
                "replications", "seed", "save", "runs-dir");
    }

    @Override public String help() {
        return """
                usage: brokerlab simulate --arrival SPEC --service SPEC --servers C [--capacity K]
                         [--speeds 1,1,0.1] [--routing shared|random|round-robin|jsq|least-connections|power-of-2]
                         [--discipline fcfs|ps] [--customers N] [--replications R] [--seed S] [--json]

                  --arrival, --service, --servers, --capacity   as for analyze (--servers may be left out with --speeds)
                  --speeds LIST      one speed per server (a job of work d takes d / speed); default all 1
                  --routing NAME     shared (one queue, fastest free server; default), random, round-robin, jsq,
                                     least-connections, power-of-2 (per-server queues)
                  --discipline NAME  fcfs (default) or ps (processor sharing; shared queue, identical servers only)
                  --customers N      measured arrivals per replication (default %d; 10%% more are warm-up)
                  --replications R   independent replications, >= 2 (default %d)
                  --seed S           seed of the random streams (default %d); same seed, same numbers
                  --json             one JSON object: the analyze fields plus ci95 (95%% half-widths),
                                     replications, customers, seed, engine
                  --save NAME        also save the run (parameters, seed, library version, results) to the run
                                     registry, data/runs/NAME-<utc time>.json; list and compare with 'brokerlab runs'
                  --runs-dir DIR     where --save writes (default data/runs)

                Progress goes to stderr, results to stdout.
                """.formatted(DEFAULT_CUSTOMERS, DEFAULT_REPLICATIONS, DEFAULT_SEED);
    }

    @Override
    public int execute(Args args, Io io) {
        Distribution arrival = QueueSpec.distribution(args, "arrival");
        Distribution service = QueueSpec.distribution(args, "service");
        double[] speeds = speeds(args);
        int servers = speeds != null && !args.has("servers") ? speeds.length : QueueSpec.servers(args);
        if (speeds != null && speeds.length != servers) {
            throw Check.fail("--speeds", args.required("speeds"), "it lists " + speeds.length + " speeds but --servers is "
                    + servers, "give one speed per server, or drop --servers");
        }
        QueueSpec q = new QueueSpec(arrival, service, servers, QueueSpec.capacity(args, servers));
        String routingName = args.string("routing", "shared").toLowerCase(Locale.ROOT);
        RoutingPolicy routing = routing(routingName);
        Discipline discipline = discipline(args.string("discipline", "fcfs"));
        long customers = Check.atLeast("--customers", args.longValue("customers", DEFAULT_CUSTOMERS), 2L);
        int replications = Check.atLeast("--replications", args.integer("replications", DEFAULT_REPLICATIONS), 2);
        long seed = args.longValue("seed", DEFAULT_SEED);

        boolean farm = speeds != null || !routingName.equals("shared");
        if (farm && discipline == Discipline.PS) {
            throw Check.fail("--discipline", "ps", "processor sharing is simulated for one shared queue of identical "
                    + "servers only", "drop --speeds and --routing, or use --discipline fcfs");
        }
        double[] s = speeds != null ? speeds : filled(servers);
        double totalSpeed = Arrays.stream(s).sum();
        if (!q.hasCapacity() && !(q.offeredLoad() / totalSpeed < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--servers/--speeds: utilisation "
                    + "lambda E[S] / sum(speeds) = %.4g >= 1, so the queue is unstable; add servers or speed, lower "
                    + "the arrival rate in --arrival, or give --capacity K", q.offeredLoad() / totalSpeed));
        }
        Model<StationRun> model = farm
                ? QueueSpec.named("routing", routingName + " with speeds " + Arrays.toString(s),
                        () -> ServerFarm.of(arrival, service, s).routing(routing).capacity(q.capacity()))
                : Station.of(arrival, service, servers, q.capacity(), discipline);
        RunLength.Customers length = RunLength.customers(customers);
        Estimates<StationRun> e = Experiment.of(model).length(length).replications(replications).seed(seed)
                .progress(io.progress().apply("simulate")).run();

        Report report = new Report()
                .field("command", "simulate")
                .field("arrival", arrival.spec())
                .field("service", service.spec())
                .field("servers", servers);
        if (farm) report.field("speeds", Arrays.toString(s)).field("routing", routing.toString());
        else report.field("discipline", discipline.name());
        if (q.hasCapacity()) report.field("capacity", q.capacity());
        report.field("method", "simulation, " + e.runs().get(0).engine() + " engine, " + replications
                + " independent replications, 95% t intervals");
        metrics(report, e, q.hasCapacity());
        if (discipline == Discipline.PS) {
            report.note("wait_meaning", "processor sharing: wait = response - service demand (slowdown from sharing); "
                    + "wait_probability = share of arrivals finding >= c jobs");
        }
        report.field("replications", replications)
                .field("customers", customers)
                .field("warmup", length.warmup())
                .field("seed", seed)
                .field("engine", e.runs().get(0).engine().name());
        if (args.has("save")) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("arrival", arrival.spec());
            parameters.put("service", service.spec());
            parameters.put("servers", servers);
            if (q.hasCapacity()) parameters.put("capacity", q.capacity());
            if (farm) {
                parameters.put("speeds", s);
                parameters.put("routing", routingName);
            } else {
                parameters.put("discipline", discipline.name());
            }
            parameters.put("customers", customers);
            parameters.put("replications", replications);
            Map<String, Object> results = new LinkedHashMap<>();
            for (Metric m : e.metrics()) results.put(m.name(), e.get(m));
            if (!q.hasCapacity()) results.remove(Metric.REJECTION_PROBABILITY.name());
            RunRecord saved = RunRegistry.in(RunsCommand.directory(args)).save(args.required("save"),
                    parameters, seed, results, "brokerlab simulate");
            report.field("saved_run", saved.id());
        }
        report.print(io.out(), args.flag("json"));
        return 0;
    }

    /** The analyze fields, each with its 95% half-width. */
    static void metrics(Report report, Estimates<StationRun> e, boolean capacity) {
        String heavy = e.runs().get(0).heavyTailed()
                ? "service variance is infinite: the mean-wait interval converges slowly or not at all (Scheller-Wolf 2003)"
                : null;
        add(report, "utilization", e.get(Metric.UTILIZATION), null);
        add(report, "wait_probability", e.get(Metric.WAIT_PROBABILITY), null);
        add(report, "mean_wait", e.get(Metric.MEAN_WAIT), heavy);
        add(report, "mean_response", e.get(Metric.MEAN_RESPONSE), heavy);
        add(report, "mean_queue_length", e.get(Metric.MEAN_QUEUE_LENGTH), heavy);
        add(report, "p50_response", e.get(Metric.P50_RESPONSE), null);
        add(report, "p95_response", e.get(Metric.P95_RESPONSE), null);
        add(report, "p99_response", e.get(Metric.P99_RESPONSE), null);
        if (capacity) add(report, "rejection_probability", e.get(Metric.REJECTION_PROBABILITY), null);
    }

    private static void add(Report report, String key, ConfidenceInterval ci, String note) {
        report.metric(key, ci.estimate(), ci.halfWidth(), note);
    }

    private static double[] speeds(Args args) {
        double[] speeds = args.numbers("speeds");
        if (speeds == null) return null;
        for (int i = 0; i < speeds.length; i++) {
            if (!(speeds[i] > 0) || Double.isInfinite(speeds[i])) {
                throw Check.fail("--speeds", args.required("speeds"), "speed " + (i + 1) + " is " + speeds[i]
                        + "; every speed must be > 0 and finite", "e.g. --speeds 1,1,0.1");
            }
        }
        return speeds;
    }

    private static double[] filled(int servers) {
        double[] s = new double[servers];
        Arrays.fill(s, 1.0);
        return s;
    }

    static RoutingPolicy routing(String name) {
        return switch (name) {
            case "shared" -> new FastestFreeServer();
            case "random" -> RandomSplit.equal();
            case "round-robin" -> new RoundRobin();
            case "jsq" -> new JoinShortestQueue();
            case "least-connections" -> new LeastConnections();
            case "power-of-2" -> new PowerOfDChoices(2);
            default -> throw Check.fail("--routing", name, "it must be one of shared, random, round-robin, jsq, "
                    + "least-connections, power-of-2", "e.g. --routing jsq");
        };
    }

    static Discipline discipline(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "fcfs" -> Discipline.FCFS;
            case "ps" -> Discipline.PS;
            default -> throw Check.fail("--discipline", name, "it must be fcfs or ps", "e.g. --discipline ps");
        };
    }
}
