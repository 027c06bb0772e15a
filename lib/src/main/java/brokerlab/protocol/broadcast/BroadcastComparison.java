package brokerlab.protocol.broadcast;

import brokerlab.protocol.net.Topology;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * The three delivery orders side by side: {@code replications} runs of {@code cfg} each (replication r of
 * {@code seed}), one row per order with the deliveries, causal and FIFO violations summed over runs, the violation
 * rate (causal violations per delivery), the mean of the runs' mean and p99 delivery latencies (ms) and the
 * largest hold-back queue seen.
 */
public final class BroadcastComparison {
    private BroadcastComparison() {}

    public static Table table(BroadcastConfig cfg, Topology topology, int replications, long seed) {
        Check.notNull("cfg", cfg);
        Check.atLeast("replications", replications, 1);
        var order = StringColumn.create("order");
        var deliveries = LongColumn.create("deliveries");
        var causal = LongColumn.create("causal_violations");
        var rate = DoubleColumn.create("violation_rate");
        var fifo = LongColumn.create("fifo_violations");
        var mean = DoubleColumn.create("mean_latency_ms");
        var p99 = DoubleColumn.create("p99_latency_ms");
        var held = IntColumn.create("max_held_back");
        for (DeliveryOrder o : DeliveryOrder.values()) {
            List<BroadcastResult> runs = new ArrayList<>();
            for (int r = 0; r < replications; r++) runs.add(BroadcastGroup.run(cfg, o, topology, seed, r));
            long d = runs.stream().mapToLong(BroadcastResult::deliveries).sum(), c = runs.stream().mapToLong(BroadcastResult::causalViolations).sum();
            order.append(o.name());
            deliveries.append(d);
            causal.append(c);
            rate.append(d == 0 ? 0 : (double) c / d);
            fifo.append(runs.stream().mapToLong(BroadcastResult::fifoViolations).sum());
            mean.append(runs.stream().mapToDouble(BroadcastResult::meanLatency).average().orElse(Double.NaN));
            p99.append(runs.stream().mapToDouble(BroadcastResult::p99Latency).average().orElse(Double.NaN));
            held.append(runs.stream().mapToInt(BroadcastResult::maxHeldBack).max().orElse(0));
        }
        for (DoubleColumn col : List.of(rate, mean, p99)) col.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(4));
        return Table.create("delivery orders", order, deliveries, causal, rate, fifo, mean, p99, held);
    }
}
