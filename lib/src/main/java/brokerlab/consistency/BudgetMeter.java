package brokerlab.consistency;

/** Counts the search states spent against a {@link Budget} and watches its clock; shared by every key of a check. */
final class BudgetMeter {
    private final Budget budget;
    private final long start = System.nanoTime();
    private final long deadline;
    private long states;
    private String exhausted;

    BudgetMeter(Budget budget) {
        this.budget = budget;
        long nanos = budget.maxTime().toNanos();
        deadline = start + Math.min(nanos, Long.MAX_VALUE / 4);
    }

    /** Charges one new state; false (and exhausted) once the state budget is spent. */
    boolean charge() {
        if (++states > budget.maxStates()) {
            states = budget.maxStates();
            exhausted = "states";
            return false;
        }
        return true;
    }

    /** True (and exhausted) once the time budget is spent. */
    boolean timeUp() {
        if (System.nanoTime() - deadline > 0) {
            exhausted = "time";
            return true;
        }
        return false;
    }

    boolean exhausted() { return exhausted != null; }

    /** "states" or "time" once exhausted, else null. */
    String exhaustedBy() { return exhausted; }

    long states() { return states; }

    long elapsedNanos() { return System.nanoTime() - start; }

    Budget budget() { return budget; }
}
