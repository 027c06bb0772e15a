package brokerlab.model.priority;

import brokerlab.experiment.Replications;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.util.Check;

import java.util.List;

/** Per-class 95% confidence intervals over independent replications. */
public record PriorityEstimate(List<String> classNames, List<PriorityResult> runs) {
    public PriorityEstimate {
        classNames = List.copyOf(classNames);
        runs = List.copyOf(runs);
    }

    public ConfidenceInterval meanWait(int k) {
        check(k);
        return Replications.ci95(runs, r -> r.meanWait()[k]);
    }

    public ConfidenceInterval meanResponse(int k) {
        check(k);
        return Replications.ci95(runs, r -> r.meanResponse()[k]);
    }

    public ConfidenceInterval p99Response(int k) {
        check(k);
        return Replications.ci95(runs, r -> r.p99Response()[k]);
    }

    public ConfidenceInterval utilization() {
        return Replications.ci95(runs, PriorityResult::utilization);
    }

    private void check(int k) {
        if (k < 0 || k >= classNames.size()) {
            throw Check.fail("class", k, "it must be in [0, " + (classNames.size() - 1) + "]", "classes: " + classNames);
        }
    }
}
