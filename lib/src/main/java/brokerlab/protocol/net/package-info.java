/**
 * The simulated network every protocol runs on: {@link brokerlab.protocol.net.Topology} presets place nodes in
 * zones with one-way {@link brokerlab.protocol.net.LinkDelay}s (fixed part plus exponential or lognormal jitter,
 * in ms); {@link brokerlab.protocol.net.Network} delivers closures over FIFO links after the delay and the
 * receiver's FCFS CPU, loses them with probability p or across partitions, queues forced writes on each node's disk,
 * and kills a crashed node's pending work; {@link brokerlab.protocol.net.FaultPlan} schedules crashes (of a node or
 * of whoever leads), recoveries, partitions and Byzantine replicas.
 *
 * <pre>{@code
 * var sim = new Simulator();
 * var net = new Network(sim, Topology.THREE_ZONES, 3, NodeConfig.defaults(), 0.01, RandomStream.of(42, RandomStream.NETWORK));
 * net.send(0, 1, "Ping", 64, () -> System.out.println("arrived at " + sim.now() + " ms"));   // ~0.65 ms
 * sim.run();
 * }</pre>
 */
package brokerlab.protocol.net;
