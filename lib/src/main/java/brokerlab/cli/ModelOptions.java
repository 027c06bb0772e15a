package brokerlab.cli;

import brokerlab.analytic.network.NetworkAnalysis;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunRegistry;
import brokerlab.model.NetworkFile;
import brokerlab.util.Check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
        Path file = args.inputFile("model", "a JSON or YAML model file (see README \"Model files\")");
        return about(file, () -> NetworkFile.read(file));
    }

    /** Runs {@code call}, putting {@code --model FILE} in front of a message that does not name the option yet. */
    private static <T> T about(Path file, Supplier<T> call) {
        return about("model", file, call);
    }

    /**
     * Runs {@code call}, putting {@code --option FILE} in front of a message that names no option yet (one that does,
     * say "at rho = 1.2: --servers = 1 is too few", already points at what to change in the file).
     */
    static <T> T about(String option, Path file, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("--")) throw e;
            throw new IllegalArgumentException("--" + option + " " + Args.printable(file.toString()) + ": " + e.getMessage(), e);
        }
    }



    static int analyze(Args args, Io io) {
        NetworkFile file = read(args);
        NetworkAnalysis a = about(args.path("model", null), file::analyze);
        Report report = new Report().field("command", "analyze").field("model", args.required("model"))
                .field("method", a.method());
        for (Metric m : a.values().metrics()) report.metric(m.name(), a.get(m.name()));
        report.print(io.out(), args.flag("json"));
        return 0;
    }

    static int simulate(Args args, Io io, long customers, int replications, long seed, RunRegistry registry) {
        NetworkFile file = read(args);
        Model<Measurements> model = about(args.path("model", null), file::toModel);
        Costs.network(ResourceBudget.ofThisJvm(), file, customers, replications);
        Estimates<Measurements> e = LongRun.run(Experiment.of(model).customers(customers).replications(replications)
                .seed(seed), "simulate", io, (customers + customers / 10.0) * replications);
        Report report = new Report().field("command", "simulate").field("model", args.required("model"))
                .field("method", "simulation, network event engine, " + e.replications() + " independent replications, "
                        + "95% intervals");
        for (Metric m : e.metrics()) report.metric(m.name(), e.get(m), null);
        SimulateCommand.notes(report, e);
        report.field("replications", e.replications()).field("customers", customers).field("seed", seed);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("model", args.required("model"));
        SimulateCommand.save(args, registry, report, parameters, e, null);
        return LongRun.finish("simulate", report, e, replications, args, io);
    }
}
