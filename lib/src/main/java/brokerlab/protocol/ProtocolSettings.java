package brokerlab.protocol;

import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.util.Check;

import java.util.Set;

/**
 * What every protocol run shares: where the nodes sit, how many there are, their CPU and disk, what goes wrong,
 * the client load, the timers, how long in-flight work may drain after the last arrival, and where the leader is
 * placed. Times in ms, the client rate in operations per second. Immutable; the {@code with}-style setters return
 * a copy.
 *
 * @param topology   zones and link delays; the client sits in zone 0
 * @param nodes      replicas (PBFT: 3f + 1; two-phase commit: participants, the coordinator comes on top)
 * @param node       per-node CPU and disk
 * @param faults     crashes, partitions, loss and the rest, at times counted from the start of client traffic
 * @param clientRate Poisson client operations per second
 * @param timeouts   election, heartbeat, client retry and availability timers
 * @param drain      ms the run continues after the last arrival so in-flight work finishes
 * @param leader     the node that leads first (Raft and Paxos: it campaigns first; PBFT: the primary of the first
 *                   view; primary-backup: the first primary), or -1 for whoever the protocol picks (Raft and
 *                   Paxos: the first timer to fire; the others: node 0)
 * @param workload   what the client asks for: keys, reads and their mode, whether its history is recorded
 */
public record ProtocolSettings(Topology topology, int nodes, NodeConfig node, FaultPlan faults, double clientRate,
                               Timeouts timeouts, double drain, int leader, ClientWorkload workload) {
    public ProtocolSettings {
        Check.notNull("topology", topology);
        Check.atLeast("nodes", nodes, 1);
        Check.notNull("node", node);
        Check.notNull("faults", faults);
        Check.positive("clientRate", clientRate);
        Check.notNull("timeouts", timeouts);
        Check.nonNegative("drain", drain);
        if (leader < -1 || leader >= nodes)
            throw Check.fail("leader", leader, "it must be a node in [0, " + (nodes - 1) + "] or -1", "use -1 to let the protocol elect one");
        Check.notNull("workload", workload);
    }

    /** Default nodes, no faults, 100 writes/s to one key, a drain of max(500, 20 rtt) ms and an elected leader. */
    public static ProtocolSettings of(Topology topology, int nodes, Timeouts timeouts) {
        return new ProtocolSettings(topology, nodes, NodeConfig.defaults(), FaultPlan.none(), 100, timeouts,
                Math.max(500, 20 * Check.notNull("topology", topology).maxRoundTrip()), -1, ClientWorkload.WRITES);
    }

    /** Fails unless the workload's reads (if any) use one of the modes the protocol offers. */
    public ProtocolSettings readsIn(String protocol, Set<ReadMode> offered) {
        if (workload.hasReads() && !offered.contains(workload.readMode()))
            throw Check.fail("readMode", workload.readMode().label(), protocol + " answers reads "
                    + (offered.isEmpty() ? "in no mode (its clients only write)" : "only in " + offered.stream().map(ReadMode::label).sorted().toList()),
                    offered.isEmpty() ? "use readFraction 0, or Raft or primary-backup for reads" : "pick one of those");
        return this;
    }

    /** Fails unless the fault plan is crash-only: Byzantine replicas are modelled only where a protocol tolerates them. */
    public ProtocolSettings crashFaultsOnly(String protocol) {
        if (!faults.byzantine().isEmpty())
            throw Check.fail("faults", "byzantine " + faults.byzantine(), "Byzantine replicas are modelled only for PBFT",
                    protocol + " assumes no Byzantine nodes; use PBFT or drop byzantine(...)");
        return this;
    }

    public ProtocolSettings nodes(int n) { return new ProtocolSettings(topology, n, node, faults, clientRate, timeouts, drain, leader, workload); }
    public ProtocolSettings node(NodeConfig c) { return new ProtocolSettings(topology, nodes, c, faults, clientRate, timeouts, drain, leader, workload); }
    public ProtocolSettings faults(FaultPlan f) { return new ProtocolSettings(topology, nodes, node, f, clientRate, timeouts, drain, leader, workload); }
    public ProtocolSettings clientRate(double perSecond) { return new ProtocolSettings(topology, nodes, node, faults, perSecond, timeouts, drain, leader, workload); }
    public ProtocolSettings timeouts(Timeouts t) { return new ProtocolSettings(topology, nodes, node, faults, clientRate, t, drain, leader, workload); }
    public ProtocolSettings drain(double ms) { return new ProtocolSettings(topology, nodes, node, faults, clientRate, timeouts, ms, leader, workload); }
    public ProtocolSettings leader(int n) { return new ProtocolSettings(topology, nodes, node, faults, clientRate, timeouts, drain, n, workload); }
    public ProtocolSettings workload(ClientWorkload w) { return new ProtocolSettings(topology, nodes, node, faults, clientRate, timeouts, drain, leader, w); }
}
