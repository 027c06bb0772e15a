package brokerlab.protocol.cap;

import brokerlab.util.Check;

/**
 * One read mode of one protocol checked over seeded runs ({@link ReadStudy}): how many runs' histories the
 * linearizability checker rejected and how many it could not decide within its budget, how many operations the
 * runs held and how many reads were answered, the fraction of operations answered (ok) at all, and the first
 * rejected run's seed index with the checker's explanation (empty when none was rejected).
 *
 * @param protocol       the model's name, e.g. {@code raft}
 * @param mode           the read mode's label, e.g. {@code read-index}
 * @param runs           runs checked
 * @param violatingRuns  runs whose history is not linearizable
 * @param unknownRuns    runs the checker could not decide within budget
 * @param operations     operations in all histories
 * @param okReads        reads answered in all histories
 * @param answered       fraction of operations answered ok, over all runs
 * @param firstViolation replication index of the first rejected run, or -1
 * @param counterexample the checker's explanation for that run, or empty
 */
public record ReadCheck(String protocol, String mode, int runs, int violatingRuns, int unknownRuns, long operations,
                        long okReads, double answered, int firstViolation, String counterexample) {
    public ReadCheck {
        Check.notNull("protocol", protocol);
        Check.notNull("mode", mode);
        Check.atLeast("runs", runs, 1);
        if (violatingRuns < 0 || unknownRuns < 0 || violatingRuns + unknownRuns > runs)
            throw Check.fail("violatingRuns", violatingRuns, "violating plus unknown runs must lie in [0, runs = " + runs + "]", "count each run once");
        Check.notNull("counterexample", counterexample);
    }

    /** E.g. {@code raft read-index: 0 of 200 runs not linearizable (0 unknown), 61234 operations}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s %s: %d of %d runs not linearizable (%d unknown), %d operations, %.1f%% answered",
                protocol, mode, violatingRuns, runs, unknownRuns, operations, 100 * answered);
    }
}
