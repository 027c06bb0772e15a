package brokerlab.stats;

import brokerlab.util.Check;

/**
 * Job accounting at the end of a run: every job that arrived has departed, was rejected (e.g. HTTP 503 at a full
 * buffer), or is still in the system, so {@code arrived = departed + rejected + inSystemAtEnd} exactly. Unlike
 * Little's law this holds for any run length, so a test can demand equality.
 */
public record FlowConservation(long arrived, long departed, long rejected, long inSystemAtEnd) {

    public FlowConservation {
        Check.atLeast("arrived", arrived, 0L);
        Check.atLeast("departed", departed, 0L);
        Check.atLeast("rejected", rejected, 0L);
        Check.atLeast("inSystemAtEnd", inSystemAtEnd, 0L);
    }

    /** {@code arrived - departed - rejected - inSystemAtEnd}: jobs created (negative) or lost (positive). */
    public long imbalance() {
        return arrived - departed - rejected - inSystemAtEnd;
    }

    public boolean holds() {
        return imbalance() == 0;
    }

    /** Returns this when it holds; otherwise throws naming the counts, for use as an assertion in models. */
    public FlowConservation requireHolds() {
        if (!holds()) {
            throw new IllegalStateException("flow not conserved: " + this + " (" + Math.abs(imbalance()) + " jobs "
                    + (imbalance() > 0 ? "lost" : "created") + "); a model forgot to count a departure or rejection");
        }
        return this;
    }

    @Override
    public String toString() {
        return "arrived " + arrived + " vs departed " + departed + " + rejected " + rejected + " + in system "
                + inSystemAtEnd + " = " + (departed + rejected + inSystemAtEnd);
    }
}
