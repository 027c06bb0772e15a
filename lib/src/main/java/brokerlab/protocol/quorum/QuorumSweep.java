package brokerlab.protocol.quorum;

import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * The consistency/availability table of a quorum store: every {@link QuorumConfig} under every
 * {@link QuorumScenario}, {@code replications} independent runs each (replication r uses substream r of
 * {@code seed}, so rows share their random numbers: common random numbers across configurations). One row per
 * (scenario, config), columns: {@code N, R, W, overlap} (R + W > N), {@code sloppy}, {@code availability} (mean
 * over runs), {@code availability_partition} (among operations invoked during a partition; NaN without one),
 * {@code p99_ms} (mean of the runs' p99 latencies), {@code stale_rate} (stale reads over all ok reads),
 * {@code non_linearizable} (runs whose history the checker rejected), {@code unknown} (runs it could not decide
 * within budget), {@code lost_writes} (over all acknowledged writes) and {@code sibling_reads}.
 */
public final class QuorumSweep {
    private QuorumSweep() {}

    public static Table table(List<QuorumScenario> scenarios, List<QuorumConfig> configs, int replications, long seed) {
        Check.notNull("scenarios", scenarios);
        Check.notNull("configs", configs);
        Check.atLeast("replications", replications, 1);
        var scenario = StringColumn.create("scenario");
        var label = StringColumn.create("config");
        var n = IntColumn.create("N");
        var r = IntColumn.create("R");
        var w = IntColumn.create("W");
        var overlap = StringColumn.create("overlap");
        var sloppy = StringColumn.create("sloppy");
        var avail = DoubleColumn.create("availability");
        var availPart = DoubleColumn.create("availability_partition");
        var p99 = DoubleColumn.create("p99_ms");
        var stale = DoubleColumn.create("stale_rate");
        var nonLin = IntColumn.create("non_linearizable");
        var unknown = IntColumn.create("unknown");
        var lost = DoubleColumn.create("lost_writes");
        var siblings = DoubleColumn.create("sibling_reads");
        for (QuorumScenario s : scenarios)
            for (QuorumConfig c : configs) {
                List<QuorumRun> runs = new ArrayList<>();
                for (int rep = 0; rep < replications; rep++) runs.add(s.run(c, seed, rep));
                scenario.append(s.name());
                label.append(c.label());
                n.append(c.replicas());
                r.append(c.readQuorum());
                w.append(c.writeQuorum());
                overlap.append(c.overlapping() ? "R+W>N" : "R+W<=N");
                sloppy.append(c.sloppy() ? "sloppy" : "strict");
                avail.append(runs.stream().mapToDouble(QuorumRun::availability).average().orElse(Double.NaN));
                availPart.append(runs.stream().mapToDouble(QuorumRun::availabilityDuringPartition).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN));
                p99.append(runs.stream().mapToDouble(QuorumRun::p99Latency).average().orElse(Double.NaN));
                stale.append(ratio(runs.stream().mapToLong(QuorumRun::staleReads).sum(), runs.stream().mapToLong(QuorumRun::okReads).sum()));
                nonLin.append((int) runs.stream().filter(x -> x.keysNotLinearizable() > 0).count());
                unknown.append((int) runs.stream().filter(x -> x.keysNotLinearizable() == 0 && x.keysUnknown() > 0).count());
                lost.append(ratio(runs.stream().mapToLong(QuorumRun::lostWrites).sum(), runs.stream().mapToLong(QuorumRun::ackedWrites).sum()));
                siblings.append(ratio(runs.stream().mapToLong(QuorumRun::siblingReads).sum(), runs.stream().mapToLong(QuorumRun::okReads).sum()));
            }
        for (DoubleColumn col : List.of(avail, availPart, p99, stale, lost, siblings))
            col.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        return Table.create("quorum store: consistency and availability", scenario, label, n, r, w, overlap, sloppy, avail,
                availPart, p99, stale, nonLin, unknown, lost, siblings);
    }

    private static double ratio(long a, long b) { return b == 0 ? 0 : (double) a / b; }
}
