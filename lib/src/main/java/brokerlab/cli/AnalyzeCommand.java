package brokerlab.cli;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code analyze}: steady-state metrics of one queue from closed forms or named approximations, never a
 * simulation. The method is chosen by {@link AnalyticMethod#defaultFor} unless {@code --method} names one; a method
 * that does not fit the queue is refused with what it needs, rather than silently answering another question.
 */
final class AnalyzeCommand implements Command {

    @Override public String name() { return "analyze"; }

    @Override public String summary() { return "closed-form or approximate metrics of a G/G/c(/K) queue"; }

    @Override public Set<String> options() { return Command.ordered("arrival", "service", "servers", "capacity", "method"); }

    @Override public String help() {
        String methods = Arrays.stream(AnalyticMethod.values())
                .map(m -> String.format("  %-14s %s", m.cliName, m.description)).collect(Collectors.joining("\n"));
        return """
                usage: brokerlab analyze --arrival SPEC --service SPEC --servers C [--capacity K] [--method NAME] [--json]

                  --arrival SPEC   inter-arrival time distribution, e.g. 'exp(rate=3.6)' (Poisson arrivals)
                  --service SPEC   service time distribution, e.g. 'exp(rate=1)', 'det(value=1)', 'lomax(alpha=2.5,mean=1)'
                  --servers C      number of identical servers (>= 1)
                  --capacity K     room for K jobs in total (in service + waiting); arrivals beyond are rejected
                  --method NAME    one of the methods below; default: see the rule
                  --json           print one JSON object instead of a table

                methods:
                %s

                %s

                Fields: utilization, wait_probability, mean_wait, mean_response, mean_queue_length, p50_response,
                p95_response, p99_response (null where the method has no value; an infinite quantity is null with a
                sibling <field>_note saying why), rejection_probability with --capacity, and method.
                """.formatted(methods, Main.wrap("default method rule: " + Main.DEFAULT_METHOD_RULE + ".", 110));
    }

    @Override
    public int execute(Args args, Io io) {
        QueueSpec q = QueueSpec.from(args);
        AnalyticMethod method = args.has("method") ? AnalyticMethod.byName(args.required("method"))
                : AnalyticMethod.defaultFor(q);
        String unsuitable = method.unsuitable(q);
        if (unsuitable != null) {
            throw new IllegalArgumentException("--method = " + method.cliName + " does not fit this queue: it "
                    + unsuitable + "; drop --method for the default (" + defaultName(q) + ")");
        }
        if (q.hasCapacity() && method != AnalyticMethod.MMCK) {
            throw new IllegalArgumentException("--method = " + method.cliName + " has no capacity limit: use --method "
                    + "mmck with --capacity, or drop --capacity");
        }
        q.requireStable();
        AnalyticResult r = method.evaluate(q);
        report(q, method, r).print(io.out(), args.flag("json"));
        return 0;
    }

    private static String defaultName(QueueSpec q) {
        try {
            return AnalyticMethod.defaultFor(q).cliName;
        } catch (IllegalArgumentException e) {
            return "none applies";
        }
    }

    static Report report(QueueSpec q, AnalyticMethod method, AnalyticResult r) {
        Report report = new Report()
                .field("command", "analyze")
                .field("arrival", q.arrival().spec())
                .field("service", q.service().spec())
                .field("servers", q.servers());
        if (q.hasCapacity()) report.field("capacity", q.capacity());
        report.field("method", r.method())
                .field("method_name", method.cliName)
                .metric("utilization", r.utilization())
                .metric("wait_probability", r.waitProbability(), null, null)
                .metric("mean_wait", r.meanWait(), r.meanNote())
                .metric("mean_response", r.meanResponse(), r.meanNote())
                .metric("mean_queue_length", r.meanQueueLength(), r.meanNote());
        double[] p = r.percentiles();
        String[] names = {"p50_response", "p95_response", "p99_response"};
        for (int i = 0; i < names.length; i++) report.metric(names[i], p == null ? null : p[i], null, null);
        if (r.percentileMethod() != null) report.note("percentile_method", r.percentileMethod());
        if (q.hasCapacity()) report.metric("rejection_probability", r.rejectionProbability(), null, null);
        return report;
    }
}
