package brokerlab.cli;

import brokerlab.analytic.AnalyticMethod;
import brokerlab.analytic.Analysis;
import brokerlab.analytic.GGcK;
import brokerlab.experiment.Metric;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code analyze}: steady-state metrics of one queue from closed forms or named approximations, never a
 * simulation: the library's {@link GGcK#analyze()} (method chosen by {@link AnalyticMethod#defaultFor}) or
 * {@link GGcK#analyze(AnalyticMethod)} for {@code --method NAME}, printed. With {@code --model FILE}, the network
 * in the file ({@link ModelOptions}).
 */
final class AnalyzeCommand implements Command {

    @Override public String name() { return "analyze"; }

    @Override public String summary() { return "closed-form or approximate metrics of a G/G/c(/K) queue"; }

    @Override public Set<String> options() { return Command.ordered("arrival", "service", "servers", "capacity", "method", "model"); }

    @Override public String help() {
        String methods = Arrays.stream(AnalyticMethod.values())
                .map(m -> String.format("  %-14s %s", m.id(), m.description())).collect(Collectors.joining("\n"));
        return """
                usage: brokerlab analyze --arrival SPEC --service SPEC --servers C [--capacity K] [--method NAME] [--json]
                       brokerlab analyze --model FILE [--json]

                  --arrival SPEC   inter-arrival time distribution, e.g. 'exp(rate=3.6)' (Poisson arrivals)
                  --service SPEC   service time distribution, e.g. 'exp(rate=1)', 'det(value=1)', 'lomax(alpha=2.5,mean=1)'
                  --servers C      number of identical servers (>= 1)
                  --capacity K     room for K jobs in total (in service + waiting); arrivals beyond are rejected
                  --method NAME    one of the methods below; default: see the rule
                  --json           print one JSON object instead of a table
                  --model FILE     a network model file (JSON or YAML; see README "Model files"): Jackson (Poisson
                                   sources, exponential service, exact), QNA (otherwise), MVA (closed clients)

                methods:
                %s

                %s

                Fields: utilization, wait_probability, mean_wait, mean_response, mean_queue_length, p50_response,
                p95_response, p99_response (null where the method has no value; an infinite quantity is "Infinity"
                with a sibling <field>_note saying why), rejection_probability with --capacity, and method.
                """.formatted(methods, Main.wrap("default method rule: " + AnalyticMethod.RULE + ".", 110));
    }

    @Override
    public int execute(Args args, Io io) {
        if (args.has("model")) return ModelOptions.analyze(args, io);
        GGcK q = QueueOptions.from(args).queue();
        AnalyticMethod method = args.has("method") ? AnalyticMethod.named(args.required("method")) : null;
        Costs.analyze(ResourceBudget.ofThisJvm(), q);
        Analysis a = method != null ? q.analyze(method) : q.analyze();
        report(a).print(io.out(), args.flag("json"));
        return 0;
    }

    static Report report(Analysis a) {
        GGcK q = a.queue();
        Report report = new Report()
                .field("command", "analyze")
                .field("arrival", q.arrival().spec())
                .field("service", q.service().spec())
                .field("servers", q.servers());
        if (q.hasCapacity()) report.field("capacity", q.capacity());
        report.field("method", a.label()).field("method_name", a.method().id());
        for (Metric m : a.values().metrics()) report.metric(m.name(), a.get(m), null, a.note(m).orElse(null));
        if (a.percentileMethod() != null) report.note("percentile_method", a.percentileMethod());
        return report;
    }
}
