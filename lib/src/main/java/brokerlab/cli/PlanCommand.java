package brokerlab.cli;

import brokerlab.analytic.capacity.Evaluation;
import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distribution;
import brokerlab.model.Plans;
import brokerlab.model.SimulatedServerCount;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code plan}: the fewest servers meeting a target, by the library's {@link Plans}: {@code exact} and
 * {@code approx} with {@link Plans#byTheory(Distribution, Distribution, Target, boolean)}, {@code simulate} with
 * {@link Plans#bySimulation(SimulatedServerCount)}; prints the answer, what it achieves, the method, and the
 * evaluation at one server fewer as the proof of minimality.
 */
final class PlanCommand implements Command {

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
        // every option is checked before the search starts, the simulation's run length included
        Distribution arrival = QueueOptions.distribution(args, "arrival");
        Distribution service = QueueOptions.distribution(args, "service");
        int capacity = args.has("capacity") ? Check.atLeast("--capacity", args.integer("capacity", 0), 1) : 0;
        String targetText = args.required("target");
        Target target = TargetSpec.parse(targetText, capacity);
        String method = args.string("method", Plans.exactApplies(arrival, service) ? "exact" : "approx")
                .toLowerCase(Locale.ROOT);
        long customers = Check.atLeast("--customers", args.longValue("customers", SimulateCommand.DEFAULT_CUSTOMERS), 2L);
        int replications = Check.atLeast("--replications", args.integer("replications", SimulateCommand.DEFAULT_REPLICATIONS), 2);
        long seed = args.longValue("seed", SimulateCommand.DEFAULT_SEED);
        if (!method.equals("simulate")) {
            for (String option : new String[]{"customers", "replications", "seed"}) {
                if (args.has(option)) {
                    throw Check.fail("--" + option, args.required(option), "it sets the run length of --method simulate, "
                            + "and the method is " + method, "add --method simulate, or drop --" + option);
                }
            }
        }
        if (!method.equals("simulate") && !method.equals("exact") && !method.equals("approx")) {
            throw Check.fail("--method", method, "it must be exact, approx or simulate", "e.g. --method simulate");
        }
        Costs.plan(ResourceBudget.ofThisJvm(), arrival, service, capacity, method.equals("simulate"), customers, replications);
        Plan plan = switch (method) {
            case "simulate" -> QueueOptions.named("target", targetText, () -> Plans.bySimulation(new SimulatedServerCount(arrival,
                    service, target, customers, replications, seed).capacity(capacity).progress(io.progress().apply("plan"))));
            default -> {
                if (capacity > 0 && !(target instanceof Target.RejectionProbabilityAtMost)) {
                    throw Check.fail("--capacity", capacity, "analytic planning uses a capacity only for reject<= "
                            + "targets", "drop --capacity, or use --method simulate to plan a loss system for this target");
                }
                yield QueueOptions.named("target", targetText,
                        () -> Plans.byTheory(arrival, service, target, method.equals("exact")));
            }
        };
        report(arrival, service, capacity, target, plan).print(io.out(), args.flag("json"));
        return 0;
    }

    static Report report(Distribution arrival, Distribution service, int capacity, Target target, Plan plan) {
        Report report = new Report()
                .field("command", "plan")
                .field("arrival", arrival.spec())
                .field("service", service.spec())
                .field("target", target.describe());
        if (capacity > 0) report.field("capacity", capacity);
        Evaluation a = plan.achieved();
        report.field("servers", plan.servers());
        value(report, "achieved", a);
        report.field("method", a.method())
                .metric("utilization", service.mean() / arrival.mean() / plan.servers());
        if (plan.oneFewer().isPresent()) {
            Evaluation b = plan.oneFewer().get();
            Map<String, Object> fewer = new LinkedHashMap<>();
            fewer.put("servers", plan.servers() - 1);
            fewer.put("value", b.estimate().valueOrInfinity());
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
        else report.metric(key, Double.POSITIVE_INFINITY, null, e.estimate().toString());
    }
}
