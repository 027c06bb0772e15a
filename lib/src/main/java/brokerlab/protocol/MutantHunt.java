package brokerlab.protocol;

import brokerlab.experiment.Replications;
import brokerlab.util.Check;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The hunt every {@link MutantSuite} runs: for each mutant, every targeted scenario (scripted fault schedules that
 * produce the timings random plans rarely hit), then random fault plans until one makes the checker report a
 * violation or the budget is spent. Mutants are hunted in parallel; each scenario and plan draws only from its own
 * streams, so the result does not depend on the thread count.
 */
public final class MutantHunt {
    private MutantHunt() {}

    /**
     * @param protocol    the protocol's name
     * @param mutants     the bugs to plant
     * @param describe    a one-line description of a bug
     * @param scenarios   targeted scenarios by name: bug (null for the correct protocol) to the violations found
     * @param randomPlan  (bug, plan index) to the violations found under that random plan
     * @param randomPlans random plans to try per mutant, at least 0
     */
    public static <B> List<MutantResult> run(String protocol, List<B> mutants, Function<B, String> describe,
                                             Map<String, Function<B, List<String>>> scenarios,
                                             BiFunction<B, Integer, List<String>> randomPlan, int randomPlans) {
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
                List<String> v = randomPlan.apply(bug, k);
                if (!v.isEmpty()) {
                    catchAt = k;
                    if (violation.isEmpty()) violation = v.get(0);
                }
            }
            return new MutantResult(protocol, String.valueOf(bug), describe.apply(bug), caughtBy, randomPlans, catchAt, violation);
        });
    }
}
