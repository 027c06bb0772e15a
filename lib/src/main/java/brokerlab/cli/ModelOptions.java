package brokerlab.cli;

import brokerlab.analytic.network.NetworkAnalysis;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.model.NetworkFile;
import brokerlab.util.Check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code analyze --model FILE} and {@code simulate --model FILE}: a network read by the library's
 * {@link NetworkFile}, analysed by {@link NetworkFile#analyze()} or run through {@link Experiment}, printed.
 */
final class ModelOptions {
    private ModelOptions() {}

    /** The queue options a model file replaces. */
    private static final List<String> QUEUE_OPTIONS = List.of("arrival", "service", "servers", "capacity", "speeds",
            "routing", "discipline", "method");

    static NetworkFile read(Args args) {
        for (String option : QUEUE_OPTIONS) {
            if (args.has(option)) {
                throw Check.fail("--" + option, args.required(option), "--model describes the whole network",
                        "drop --" + option + " or --model");
            }
        }
        return NetworkFile.read(Path.of(args.required("model")));
    }

    static int analyze(Args args, Io io) {
        NetworkFile file = read(args);
        NetworkAnalysis a = file.analyze();
        Report report = new Report().field("command", "analyze").field("model", args.required("model"))
                .field("method", a.method());
        for (Metric m : a.values().metrics()) report.metric(m.name(), a.get(m.name()));
        report.print(io.out(), args.flag("json"));
        return 0;
    }

    static int simulate(Args args, Io io, long customers, int replications, long seed) {
        NetworkFile file = read(args);
        Estimates<Measurements> e = Experiment.of(file.toModel()).customers(customers).replications(replications)
                .seed(seed).progress(io.progress().apply("simulate")).run();
        Report report = new Report().field("command", "simulate").field("model", args.required("model"))
                .field("method", "simulation, network event engine, " + replications + " independent replications, "
                        + "95% intervals");
        for (Metric m : e.metrics()) report.metric(m.name(), e.get(m), null);
        SimulateCommand.notes(report, e);
        report.field("replications", replications).field("customers", customers).field("seed", seed);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("model", args.required("model"));
        SimulateCommand.save(args, report, parameters, e, null);
        report.print(io.out(), args.flag("json"));
        return 0;
    }
}
