package brokerlab.protocol;

import brokerlab.experiment.Replications;
import brokerlab.util.Check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A protocol's planted-bug suite: each mutant (a one-line change: wrong quorum, missing term or ballot check,
 * missing truncation, acknowledgement before persistence, unsafe commit rule, ...) is run through every targeted
 * scenario (scripted fault schedules that produce the timings random plans rarely hit) and through random fault
 * plans until the first that makes the checker report a violation, or the budget is spent. Mutants are hunted in
 * parallel; each scenario and plan draws only from its own streams, so the result does not depend on threads.
 *
 * <p>The bug type is package-private to each protocol: a suite reports on its mutants, it never hands one out,
 * so no public model can run a broken protocol by accident.
 *
 * @param <B> the protocol's bug type (an enum)
 */
public abstract class MutantSuite<B extends Enum<B>> {
    private final String protocol;
    private final List<B> mutants;
    private final Function<B, String> describe;
    private final Map<String, Function<B, List<String>>> scenarios;

    /**
     * @param protocol  the protocol's name, e.g. {@code "raft"}
     * @param mutants   the bugs to plant
     * @param describe  a one-line description of a bug
     * @param scenarios targeted scenarios by name: bug (null for the correct protocol) to the violations found
     */
    protected MutantSuite(String protocol, B[] mutants, Function<B, String> describe, Map<String, Function<B, List<String>>> scenarios) {
        this.protocol = Check.notNull("protocol", protocol);
        this.mutants = List.of(mutants);
        this.describe = Check.notNull("describe", describe);
        this.scenarios = new LinkedHashMap<>(scenarios);
    }

    /** Violations under random fault plan {@code k} with {@code bug} planted (null: the correct protocol). */
    protected abstract List<String> randomPlan(B bug, int k);

    /** The protocol's name, e.g. {@code "raft"}. */
    public final String protocol() { return protocol; }

    /** The names of the targeted scenarios, each of which must pass on the correct protocol. */
    public final List<String> scenarios() { return List.copyOf(scenarios.keySet()); }

    /** Violations the checker finds when the correct protocol runs scenario {@code name} (none, if it is correct). */
    public final List<String> scenario(String name) {
        var s = scenarios.get(name);
        if (s == null) throw Check.fail("scenario", name, protocol + " has no such scenario", "one of " + scenarios());
        return s.apply(null);
    }

    /** The names of the planted bugs, e.g. {@code COMMIT_OLD_TERM}. */
    public final List<String> mutants() { return mutants.stream().map(Enum::name).toList(); }

    /**
     * A readable trace of scenario {@code name} on the correct protocol ({@code mutant} empty) or with the named
     * mutant planted: the events the protocol reports and the checker's violations ({@link ScenarioTrace}).
     */
    public final ScenarioTrace trace(String name, String mutant) {
        Check.notNull("mutant", mutant);
        var s = scenarios.get(name);
        if (s == null) throw Check.fail("scenario", name, protocol + " has no such scenario", "one of " + scenarios());
        B bug = mutant.isEmpty() ? null : mutants.stream().filter(b -> b.name().equals(mutant)).findFirst()
                .orElseThrow(() -> Check.fail("mutant", mutant, protocol + " has no such mutant", "\"\" for the correct protocol or one of " + mutants()));
        return ScenarioTrace.record(() -> s.apply(bug));
    }

    /** Violations the correct protocol shows under random fault plan {@code k} (none, if it is correct). */
    public final List<String> randomPlan(int k) {
        return randomPlan(null, k);
    }

    /** Every mutant, tried on every scenario and on up to {@code randomPlans} random fault plans until one catches it. */
    public final List<MutantResult> hunt(int randomPlans) {
        Check.atLeast("randomPlans", randomPlans, 0);
        return Replications.run(mutants.size(), i -> {
            B bug = mutants.get(i);
            String caughtBy = "", violation = "";
            for (Map.Entry<String, Function<B, List<String>>> s : scenarios.entrySet()) {
                List<String> v = s.getValue().apply(bug);
                if (!v.isEmpty()) { caughtBy = s.getKey(); violation = v.get(0); break; }
            }
            int catchAt = -1;
            for (int k = 0; k < randomPlans && catchAt < 0; k++) {
                List<String> v = randomPlan(bug, k);
                if (!v.isEmpty()) {
                    catchAt = k;
                    if (violation.isEmpty()) violation = v.get(0);
                }
            }
            return new MutantResult(protocol, bug.name(), describe.apply(bug), caughtBy, randomPlans, catchAt, violation);
        });
    }
}
