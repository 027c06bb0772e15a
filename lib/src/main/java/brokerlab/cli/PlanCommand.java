package brokerlab.cli;

import brokerlab.analytic.capacity.CapacityPlanner;
import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.Locale;
import java.util.Set;

/**
 * {@code plan}: the fewest servers meeting a target, by {@link CapacityPlanner} with an analytic evaluator
 * ({@code exact}, {@code approx}) or a {@link SimulatedEvaluator} ({@code simulate}); prints the answer, what it
 * achieves, the method, and the evaluation at one server fewer as the proof of minimality.
 */
final class PlanCommand implements Command {
    /** How far above the lower limit a simulated scan may go before it gives up. */
    static final int MAX_EXTRA_SERVERS_SIMULATED = 1_000;

    @Override public String name() { return "plan"; }

    @Override public String summary() { return "fewest servers meeting a latency, waiting or rejection target"; }

    @Override public Set<String> options() {
        return Command.ordered("arrival", "service", "target", "capacity", "method", "customers", "replications", "seed");
    }

    @Override public String help() {
        return """
                usage: brokerlab plan --arrival SPEC --service SPEC --target 'p99<=0.5'|'mean<=0.2'|'pwait<=0.1'|'reject<=0.01'
                         [--capacity K] [--method exact|approx|simulate] [--customers N --replications R --seed S] [--json]

                  --target T     p99<=0.5 (response percentile; also p50, p95, p999), mean<=0.2 (mean response),
                                 pwait<=0.1 (probability of waiting), reject<=0.01 (rejection probability; needs --capacity)
                  --capacity K   room for K jobs in total; needed by reject<=, used by --method simulate for any target
                  --method M     exact: M/M/c, M/M/c/K, Erlang B (exponential arrivals and service only)
                                 approx: the planner's analytic evaluator for Poisson arrivals and any service
                                         (P-K, Cosmetatos, Kimura; Erlang C / M/M/c/K labelled approximations)
                                 simulate: replications of the G/G/c(/K) FCFS station at every candidate c,
                                         decided by the 95%% CI's upper end
                                 default: exact when arrivals and service are exponential, else approx
                  --customers N --replications R --seed S   simulation run length (defaults %d, %d, %d)

                Prints servers, the achieved value (with its 95%% CI when simulated), the method, and the value at
                servers - 1 (which misses the target).
                """.formatted(SimulateCommand.DEFAULT_CUSTOMERS, SimulateCommand.DEFAULT_REPLICATIONS,
                SimulateCommand.DEFAULT_SEED);
    }

    @Override
    public int execute(Args args, Io io) {
        Distribution arrival = QueueSpec.distribution(args, "arrival");
        Distribution service = QueueSpec.distribution(args, "service");
        int capacity = args.has("capacity") ? Check.atLeast("--capacity", args.integer("capacity", 0), 1) : 0;
        String targetText = args.required("target");
        Target target = TargetSpec.parse(targetText, capacity);
        QueueSpec q = new QueueSpec(arrival, service, 1, capacity);
        String method = args.string("method", q.poissonArrivals() && q.exponentialService() ? "exact" : "approx")
                .toLowerCase(Locale.ROOT);
        Plan plan = switch (method) {
            case "simulate" -> simulated(args, io, q, target);
            case "exact", "approx" -> analytic(method, q, target, targetText);
            default -> throw Check.fail("--method", method, "it must be exact, approx or simulate", "e.g. --method simulate");
        };
        report(q, target, plan).print(io.out(), args.flag("json"));
        return 0;
    }

    private static Plan analytic(String method, QueueSpec q, Target target, String targetText) {
        if (!q.poissonArrivals()) {
            throw Check.fail("--arrival", q.arrival().spec(), "analytic planning assumes Poisson arrivals, exp(...)",
                    "use --method simulate for other arrival processes");
        }
        if (method.equals("exact") && !q.exponentialService()) {
            throw Check.fail("--method", "exact", "exact planning needs exp(...) service",
                    "use --method approx (named approximations) or --method simulate");
        }
        if (q.hasCapacity() && !(target instanceof Target.RejectionProbabilityAtMost)) {
            throw Check.fail("--capacity", q.capacity(), "analytic planning uses a capacity only for reject<= targets",
                    "drop --capacity, or use --method simulate to plan a loss system for this target");
        }
        if (target instanceof Target.ResponsePercentileAtMost && !q.exponentialService()) {
            throw Check.fail("--target", targetText, "analytic response percentiles need exp(...) service",
                    "use --method simulate");
        }
        if (q.infiniteServiceVariance() && !(target instanceof Target.RejectionProbabilityAtMost)) {
            throw Check.fail("--service", q.service().spec(), "its variance is infinite, so no two-moment formula "
                    + "applies", "use --method simulate");
        }
        CapacityPlanner planner = CapacityPlanner.of(q.arrivalRate(), q.service());
        return QueueSpec.named("target", targetText, () -> planner.plan(target));
    }

    private static Plan simulated(Args args, Io io, QueueSpec q, Target target) {
        var evaluator = new SimulatedEvaluator(q.arrival(), q.service(), q.capacity(), target,
                args.longValue("customers", SimulateCommand.DEFAULT_CUSTOMERS),
                args.integer("replications", SimulateCommand.DEFAULT_REPLICATIONS),
                args.longValue("seed", SimulateCommand.DEFAULT_SEED), io.progress().apply("plan"));
        boolean loss = target instanceof Target.RejectionProbabilityAtMost;
        // A loss system is stable at any c, so its scan starts at one server; otherwise at floor(a) + 1.
        int min = loss || q.hasCapacity() ? 1 : (int) Math.floor(q.offeredLoad()) + 1;
        int max = loss ? q.capacity() : min + MAX_EXTRA_SERVERS_SIMULATED;
        if (q.hasCapacity()) max = Math.min(max, q.capacity());
        if (max < min) {
            throw Check.fail("--capacity", q.capacity(), "it is below the " + min + " servers the load needs",
                    "raise --capacity or drop it");
        }
        return CapacityPlanner.search(evaluator, target, min, max);
    }

    static Report report(QueueSpec q, Target target, Plan plan) {
        Report report = new Report()
                .field("command", "plan")
                .field("arrival", q.arrival().spec())
                .field("service", q.service().spec())
                .field("target", target.describe());
        if (q.hasCapacity()) report.field("capacity", q.capacity());
        Evaluation a = plan.achieved();
        report.field("servers", plan.servers());
        value(report, "achieved", a);
        report.field("method", a.method())
                .metric("utilization", q.offeredLoad() / plan.servers());
        if (plan.oneFewer().isPresent()) {
            Evaluation b = plan.oneFewer().get();
            Json fewer = Json.object().put("servers", plan.servers() - 1)
                    .put("value", b.estimate().isFinite() ? b.estimate().value() : null);
            b.confidenceInterval().ifPresent(ci -> fewer.put("ci95", ci.halfWidth()));
            fewer.put("method", b.method());
            if (!b.estimate().isFinite()) fewer.put("note", b.estimate().toString());
            fewer.put("meets_target", b.meets(target.threshold()));
            String shown = !b.estimate().isFinite() ? b.estimate().toString()
                    : Report.number(b.estimate().value()) + b.confidenceInterval()
                            .map(ci -> " ± " + Report.number(ci.halfWidth())).orElse("") + " (" + b.method() + ")";
            report.field("one_fewer", fewer, "c = " + (plan.servers() - 1) + " gives " + shown + ", missing the target");
        } else {
            report.field("one_fewer", null, "none evaluated: " + plan.servers() + " is the search's lower limit");
        }
        report.field("search", plan.search());
        return report;
    }

    private static void value(Report report, String key, Evaluation e) {
        Double halfWidth = e.confidenceInterval().map(ConfidenceInterval::halfWidth).orElse(null);
        if (e.estimate().isFinite()) report.metric(key, e.estimate().value(), halfWidth, null);
        else report.metric(key, null, null, e.estimate().toString());
    }
}
