package brokerlab.measure;

import brokerlab.model.closed.ClientSchedule;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a {@link ClosedLoopLoad} measured, per step of its schedule, counted as the closed-network model counts
 * ({@code model.closed.ClientStepResult}): requests by the step they were sent in, outcomes and response times by the
 * step in which the user learned them. Times in ms, throughput in completed requests per ms.
 *
 * @param steps one row per schedule step
 */
public record ClosedLoopResult(List<Step> steps) {

    /**
     * One step.
     *
     * @param index        step number from 0
     * @param users        scheduled users
     * @param duration     step length, ms
     * @param requests     requests sent
     * @param completed    answers received
     * @param rejected     refused at once (503)
     * @param abandoned    given up by the user
     * @param failed       errors
     * @param throughput   completed per ms
     * @param meanResponse mean response of the completed requests, ms (NaN if none)
     * @param p99Response  their 99th percentile, ms (NaN if none)
     */
    public record Step(int index, int users, double duration, long requests, long completed, long rejected, long abandoned,
                       long failed, double throughput, double meanResponse, double p99Response) {
        public double rejectedFraction() { return requests == 0 ? 0 : (double) rejected / requests; }
        public double abandonedFraction() { return requests == 0 ? 0 : (double) abandoned / requests; }
    }

    public ClosedLoopResult {
        steps = List.copyOf(Check.notNull("steps", steps));
    }

    static ClosedLoopResult of(ClientSchedule schedule, List<ClosedLoopLoad.Done> done) {
        List<Step> out = new ArrayList<>();
        for (int k = 0; k < schedule.size(); k++) {
            long requests = 0, completed = 0, rejected = 0, abandoned = 0, failed = 0;
            List<Double> responses = new ArrayList<>();
            for (ClosedLoopLoad.Done d : done) {
                if (ClosedLoopLoad.stepAt(schedule, d.start()) == k) requests++;
                if (ClosedLoopLoad.stepAt(schedule, d.end()) != k) continue;
                switch (d.outcome()) {
                    case COMPLETED -> {
                        completed++;
                        responses.add(d.end() - d.start());
                    }
                    case REJECTED -> rejected++;
                    case ABANDONED -> abandoned++;
                    case FAILED -> failed++;
                }
            }
            double[] r = responses.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double duration = schedule.step(k).duration();
            out.add(new Step(k, schedule.step(k).clients(), duration, requests, completed, rejected, abandoned, failed,
                    completed / duration, r.length == 0 ? Double.NaN : Arrays.stream(r).average().orElseThrow(),
                    TimelineSummary.quantile(r, 0.99)));
        }
        return new ClosedLoopResult(out);
    }

    public Step step(int k) { return steps.get(k); }

    /** Requests that ended in an error, over all steps: 0 on a healthy system. */
    public long failed() { return steps.stream().mapToLong(Step::failed).sum(); }

    /** One row per step: users, requests, completed, rejected, abandoned, failed, throughput_per_s, mean_ms, p99_ms. */
    public Table table() {
        return Table.create("closed loop",
                IntColumn.create("users", steps.stream().mapToInt(Step::users).toArray()),
                DoubleColumn.create("requests", steps.stream().mapToDouble(Step::requests).toArray()),
                DoubleColumn.create("completed", steps.stream().mapToDouble(Step::completed).toArray()),
                DoubleColumn.create("rejected", steps.stream().mapToDouble(Step::rejected).toArray()),
                DoubleColumn.create("abandoned", steps.stream().mapToDouble(Step::abandoned).toArray()),
                DoubleColumn.create("failed", steps.stream().mapToDouble(Step::failed).toArray()),
                DoubleColumn.create("throughput_per_s", steps.stream().mapToDouble(s -> 1000 * s.throughput()).toArray()),
                DoubleColumn.create("mean_ms", steps.stream().mapToDouble(Step::meanResponse).toArray()),
                DoubleColumn.create("p99_ms", steps.stream().mapToDouble(Step::p99Response).toArray()));
    }
}
