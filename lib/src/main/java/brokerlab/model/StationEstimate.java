package brokerlab.model;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.RunningStats;
import brokerlab.util.Check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The estimate of a station's metrics from independent replications: for each metric, the Student-t 95%
 * confidence interval of its per-replication values (the method of independent replications, Law,
 * <i>Simulation Modeling and Analysis</i>, 5th ed., §9.4). A percentile's interval is that of the per-replication
 * sample percentiles: honest about replication-to-replication spread, slightly biased for very short runs.
 *
 * @param runs the replications, in replication order (at least two)
 */
public record StationEstimate(List<RunSummary> runs) {

    public StationEstimate {
        Check.notNull("runs", runs);
        if (runs.size() < 2) {
            throw Check.fail("replications", runs.size(), "a confidence interval needs at least 2", "run more replications");
        }
        runs = List.copyOf(runs);
    }

    /** The 95% interval of any per-run metric, e.g. {@code ci(RunSummary::p99Wait)}. */
    public ConfidenceInterval ci(ToDoubleFunction<RunSummary> metric) {
        return ci(metric, 0.95);
    }

    public ConfidenceInterval ci(ToDoubleFunction<RunSummary> metric, double level) {
        RunningStats s = new RunningStats();
        for (RunSummary r : runs) s.add(metric.applyAsDouble(r));
        return ConfidenceInterval.of(s, level);
    }

    public int replications() { return runs.size(); }

    /** Every metric's 95% interval by name, in a fixed order: handy for printing a table or writing a CSV row. */
    public Map<String, ConfidenceInterval> metrics() {
        Map<String, ConfidenceInterval> m = new LinkedHashMap<>();
        m.put("meanWait", meanWait());
        m.put("meanResponse", meanResponse());
        m.put("waitProbability", waitProbability());
        m.put("utilization", utilization());
        m.put("meanQueueLength", meanQueueLength());
        m.put("meanNumberInSystem", meanNumberInSystem());
        m.put("rejectionProbability", rejectionProbability());
        m.put("throughput", throughput());
        m.put("p50Response", p50Response());
        m.put("p95Response", p95Response());
        m.put("p99Response", p99Response());
        m.put("p999Response", p999Response());
        m.put("p50Wait", p50Wait());
        m.put("p95Wait", p95Wait());
        m.put("p99Wait", p99Wait());
        m.put("p999Wait", p999Wait());
        m.put("littleRelativeError", littleRelativeError());
        return Collections.unmodifiableMap(m);
    }

    /** Measured customers over all replications. */
    public long customers() { return runs.stream().mapToLong(RunSummary::customers).sum(); }

    public Engine engine() { return runs.get(0).engine(); }

    public boolean infiniteServiceVariance() { return runs.get(0).infiniteServiceVariance(); }

    public ConfidenceInterval meanWait() { return ci(RunSummary::meanWait); }
    public ConfidenceInterval meanResponse() { return ci(RunSummary::meanResponse); }
    public ConfidenceInterval waitProbability() { return ci(RunSummary::waitProbability); }
    public ConfidenceInterval utilization() { return ci(RunSummary::utilization); }
    public ConfidenceInterval meanQueueLength() { return ci(RunSummary::meanQueueLength); }
    public ConfidenceInterval meanNumberInSystem() { return ci(RunSummary::meanNumberInSystem); }
    public ConfidenceInterval rejectionProbability() { return ci(RunSummary::rejectionProbability); }
    public ConfidenceInterval throughput() { return ci(RunSummary::throughput); }
    public ConfidenceInterval littleRelativeError() { return ci(RunSummary::littleRelativeError); }
    public ConfidenceInterval p50Response() { return ci(RunSummary::p50Response); }
    public ConfidenceInterval p95Response() { return ci(RunSummary::p95Response); }
    public ConfidenceInterval p99Response() { return ci(RunSummary::p99Response); }
    public ConfidenceInterval p999Response() { return ci(RunSummary::p999Response); }
    public ConfidenceInterval p50Wait() { return ci(RunSummary::p50Wait); }
    public ConfidenceInterval p95Wait() { return ci(RunSummary::p95Wait); }
    public ConfidenceInterval p99Wait() { return ci(RunSummary::p99Wait); }
    public ConfidenceInterval p999Wait() { return ci(RunSummary::p999Wait); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StationEstimate(%d replications x %d customers, %s)%n  meanWait     %s%n"
                        + "  meanResponse %s%n  utilization  %s%n  p99Response  %s%n  rejection    %s%s",
                runs.size(), runs.get(0).customers(), engine(), meanWait(), meanResponse(), utilization(),
                p99Response(), rejectionProbability(),
                infiniteServiceVariance() ? "%n  (service variance is infinite: mean-wait intervals are unreliable)".formatted() : "");
    }
}
