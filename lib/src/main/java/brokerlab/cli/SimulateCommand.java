package brokerlab.cli;

import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.Outcome;
import brokerlab.experiment.RunLength;
import brokerlab.experiment.RunRecord;
import brokerlab.experiment.RunRegistry;
import brokerlab.model.Discipline;
import brokerlab.model.QueueSpec;
import brokerlab.model.StationRun;
import brokerlab.util.Check;
import brokerlab.util.Json;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code simulate}: the library's {@link QueueSpec#toModel()} (a {@code Station}, or a {@code ServerFarm} with
 * {@code --speeds} or a per-server {@code --routing}), or the network of {@code --model FILE}, run as independent
 * replications by {@link Experiment}; every metric is printed as {@link Estimates} gives it, with its 95% interval
 * (Student t, or the median rule where a metric may have infinite variance). Replication r uses substream r of
 * {@code --seed}, so the same command line prints the same numbers at any thread count.
 */
final class SimulateCommand implements Command {
    static final long DEFAULT_CUSTOMERS = 100_000;
    static final int DEFAULT_REPLICATIONS = 10;
    static final long DEFAULT_SEED = 1;

    @Override public String name() { return "simulate"; }

    @Override public String summary() { return "discrete-event simulation with 95% confidence intervals"; }

    @Override public Set<String> options() {
        return Command.ordered("arrival", "service", "servers", "capacity", "speeds", "routing", "discipline", "customers",
                "replications", "seed", "save", "runs-dir", "model");
    }

    @Override public String help() {
        return """
                usage: brokerlab simulate --arrival SPEC --service SPEC --servers C [--capacity K]
                         [--speeds 1,1,0.1] [--routing shared|random|round-robin|jsq|least-connections|power-of-2]
                         [--discipline fcfs|ps] [--customers N] [--replications R] [--seed S] [--json]
                       brokerlab simulate --model FILE [--customers N] [--replications R] [--seed S] [--json]

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
                  --model FILE       a network model file (JSON or YAML; see README "Model files"); --customers
                                     then counts external arrivals, converted to simulated time at their rate

                Progress goes to stderr, results to stdout. A run of more than %s customers in all first times a short
                pilot, then prints its ETA every 10 s; Ctrl-C stops it and prints the replications finished so far,
                marked "partial": true (saved so with --save), exit status 130.
                """.formatted(DEFAULT_CUSTOMERS, DEFAULT_REPLICATIONS, DEFAULT_SEED, Report.number(LongRun.LONG_CUSTOMERS));
    }

    @Override
    public int execute(Args args, Io io) {
        // every option is checked before any work, --save and --runs-dir included, so no result is lost to a typo
        long customers = Check.atLeast("--customers", args.longValue("customers", DEFAULT_CUSTOMERS), 2L);
        int replications = Check.atLeast("--replications", args.integer("replications", DEFAULT_REPLICATIONS), 2);
        long seed = args.longValue("seed", DEFAULT_SEED);
        RunRegistry registry = registry(args);
        if (args.has("model")) return ModelOptions.simulate(args, io, customers, replications, seed, registry);
        QueueSpec q = QueueOptions.from(args);
        q.requireStable();
        Costs.station(ResourceBudget.ofThisJvm(), q, customers, replications);      // before the model allocates its servers
        Model<StationRun> model = !q.isFarm() ? q.toModel() : QueueOptions.named("routing", q.routing() + " with speeds "
                + Arrays.toString(q.speeds() == null ? new double[0] : q.speeds()), q::toModel);
        RunLength.Customers length = RunLength.customers(customers);
        Estimates<StationRun> e = LongRun.run(Experiment.of(model).length(length).replications(replications).seed(seed),
                "simulate", io, (double) length.total() * replications);

        Report report = new Report()
                .field("command", "simulate")
                .field("arrival", q.arrival().spec())
                .field("service", q.service().spec())
                .field("servers", q.servers());
        if (q.isFarm()) {
            double[] s = q.speeds() != null ? q.speeds() : filled(q.servers());
            report.field("speeds", Arrays.toString(s)).field("routing", q.routingPolicy().toString());
        } else {
            report.field("discipline", q.discipline().name());
        }
        if (q.hasCapacity()) report.field("capacity", q.capacity());
        report.field("method", "simulation, " + e.runs().get(0).engine() + " engine, " + e.replications()
                + " independent replications, 95% intervals (Student t; median where noted)");
        metrics(report, e, q.hasCapacity());
        if (q.discipline() == Discipline.PS) {
            report.note("wait_meaning", "processor sharing: wait = response - service demand (slowdown from sharing); "
                    + "wait_probability = share of arrivals finding >= c jobs");
        }
        report.field("replications", e.replications())
                .field("customers", customers)
                .field("warmup", length.warmup())
                .field("seed", seed)
                .field("engine", e.runs().get(0).engine().name());
        Map<String, Object> parameters = Json.readObject(q.toJson(), "spec", q);
        save(args, registry, report, parameters, e, q.hasCapacity() ? null : Metric.REJECTION_PROBABILITY);
        return LongRun.finish("simulate", report, e, replications, args, io);
    }

    /**
     * Where {@code --save} will write, checked before any work: the name ({@link RunRegistry#checkName}) and the
     * folder ({@link RunRegistry#checkWritable}); null without {@code --save}. {@code --runs-dir} alone is refused,
     * as it would change nothing.
     */
    static RunRegistry registry(Args args) {
        if (!args.has("save")) {
            if (args.has("runs-dir")) {
                throw Check.fail("--runs-dir", Args.printable(args.required("runs-dir")), "it says where --save writes, and "
                        + "there is no --save", "add --save NAME, or drop --runs-dir");
            }
            return null;
        }
        try {
            RunRegistry.checkName(args.required("save"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^name = ", "--save = "), e);
        }
        try {
            return RunRegistry.in(RunsCommand.directory(args)).checkWritable();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^runs directory = ", "--runs-dir = "), e);
        }
    }

    /** The analyze fields, each with its 95% interval, then how the intervals were built where not by t. */
    static void metrics(Report report, Estimates<StationRun> e, boolean capacity) {
        String heavy = e.runs().get(0).heavyTailed()
                ? "service variance is infinite: the mean converges slowly or not at all (Scheller-Wolf 2003)"
                : null;
        for (Metric m : new Metric[]{Metric.UTILIZATION, Metric.WAIT_PROBABILITY}) report.metric(m.name(), e.get(m), null);
        for (Metric m : new Metric[]{Metric.MEAN_WAIT, Metric.MEAN_RESPONSE, Metric.MEAN_QUEUE_LENGTH}) {
            report.metric(m.name(), e.get(m), heavy);
        }
        for (Metric m : new Metric[]{Metric.P50_RESPONSE, Metric.P95_RESPONSE, Metric.P99_RESPONSE}) report.metric(m.name(), e.get(m), null);
        if (capacity) report.metric(Metric.REJECTION_PROBABILITY.name(), e.get(Metric.REJECTION_PROBABILITY), null);
        notes(report, e);
    }

    /**
     * With {@code --save NAME} ({@code registry} not null): the run (the spec's parameters, the run length, seed,
     * every metric's interval except {@code omit}; {@code partial: true} when stopped early) into the run registry,
     * and its id into the report.
     */
    static void save(Args args, RunRegistry registry, Report report, Map<String, Object> parameters,
                     Estimates<? extends Outcome> e, Metric omit) {
        if (registry == null) return;
        parameters.put("customers", args.longValue("customers", DEFAULT_CUSTOMERS));
        parameters.put("replications", e.replications());
        if (e.partial()) parameters.put("partial", true);
        Map<String, Object> results = new LinkedHashMap<>();
        for (Metric m : e.metrics()) if (!m.equals(omit)) results.put(m.name(), e.get(m));
        RunRecord saved = registry.save(args.required("save"), parameters, e.seed(), results, "brokerlab simulate");
        report.field("saved_run", saved.id());
    }

    /** The estimates' own notes (interval rules) and warnings (a precision target missed), when there are any. */
    static void notes(Report report, Estimates<? extends Outcome> e) {
        if (!e.notes().isEmpty()) report.field("interval_notes", e.notes(), String.join("; ", e.notes()));
        if (!e.warnings().isEmpty()) report.field("warnings", e.warnings(), String.join("; ", e.warnings()));
    }

    private static double[] filled(int servers) {
        double[] s = new double[servers];
        Arrays.fill(s, 1.0);
        return s;
    }
}
