package brokerlab.consistency;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What {@link LinearizabilityChecker} decided: {@code LINEARIZABLE}, {@code NOT_LINEARIZABLE} (with a
 * {@link Counterexample} for the first failing key) or {@code UNKNOWN} (the budget ran out first; nothing is
 * claimed about {@code unknownKeys}). A violation found is definite even when other keys are unknown.
 * {@code states} is the search states spent, {@code exhaustedBy} "states" or "time" when the budget ran out.
 */
public record Verdict(Outcome outcome, int operations, int keys, List<String> failedKeys, List<String> unknownKeys,
                      Counterexample counterexample, long states, Budget budget, Duration elapsed, String exhaustedBy) {

    /** The three answers. */
    public enum Outcome { LINEARIZABLE, NOT_LINEARIZABLE, UNKNOWN }

    public Verdict {
        failedKeys = List.copyOf(failedKeys);
        unknownKeys = List.copyOf(unknownKeys);
    }

    public boolean linearizable() { return outcome == Outcome.LINEARIZABLE; }

    /** One line: the verdict, the first counterexample or the keys left open, and the budget used. */
    public String summary() {
        String spent = String.format(Locale.ROOT, "%d search states in %.2f s", states, elapsed.toNanos() / 1e9);
        String keyWord = keys == 1 ? "key" : "keys";
        return switch (outcome) {
            case LINEARIZABLE -> String.format(Locale.ROOT, "linearizable: %d operations on %d %s; %s", operations, keys, keyWord, spent);
            case NOT_LINEARIZABLE -> String.format(Locale.ROOT, "NOT linearizable: %d of %d %s %s%s; %s; %s",
                    failedKeys.size(), keys, keyWord, failedKeys.size() == 1 ? "fails" : "fail", unknownKeys.isEmpty() ? "" : " (" + unknownKeys.size() + " unknown within budget)",
                    counterexample == null ? "key " + failedKeys.get(0) : counterexample.headline(), spent);
            case UNKNOWN -> String.format(Locale.ROOT, "unknown within budget: %d of %d %s unfinished (first: %s) after %s; budget %s, ran out of %s",
                    unknownKeys.size(), keys, keyWord, unknownKeys.get(0).isEmpty() ? "the register" : unknownKeys.get(0), spent, budget, exhaustedBy);
        };
    }

    @Override public String toString() { return summary(); }
}
