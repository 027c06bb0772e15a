package brokerlab.analytic.capacity;

import brokerlab.analytic.Estimate;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.Optional;

/**
 * The value of a target metric (mean response, a percentile, a probability) at one server count, with its method
 * and, when it comes from simulation, a confidence interval. The planner decides with {@link #meets(double)}:
 * an exact or approximate value is compared directly; a simulated one conservatively by its CI's upper end, so
 * that noise does not make an under-provisioned c look sufficient.
 */
public record Evaluation(Estimate estimate, Optional<ConfidenceInterval> confidenceInterval) {
    public Evaluation {
        Check.notNull("estimate", estimate);
        Check.notNull("confidenceInterval", confidenceInterval);
    }

    /** An analytic (exact or approximate) value. */
    public static Evaluation of(Estimate estimate) {
        return new Evaluation(estimate, Optional.empty());
    }

    /** A simulated value: the CI's point estimate, with the CI, under the given method name. */
    public static Evaluation simulated(ConfidenceInterval ci, String method) {
        Check.notNull("ci", ci);
        return new Evaluation(Estimate.of(ci.estimate(), method), Optional.of(ci));
    }

    public String method() { return estimate.method(); }

    /** True when the metric is at most {@code threshold} (infinite never is; a CI must lie below by its upper end). */
    public boolean meets(double threshold) {
        if (!estimate.isFinite()) return false;
        double v = confidenceInterval.map(ConfidenceInterval::upper).orElse(estimate.value());
        return v <= threshold;
    }

    @Override public String toString() {
        return confidenceInterval.map(ConfidenceInterval::toString).orElse(estimate.toString())
                + (confidenceInterval.isPresent() ? " (" + estimate.method() + ")" : "");
    }
}
