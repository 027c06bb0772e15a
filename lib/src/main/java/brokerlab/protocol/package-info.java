/**
 * What consistency costs: message-level models of Raft, Multi-Paxos, PBFT, two-phase commit and primary-backup
 * replication on a simulated network ({@link brokerlab.protocol.net}), with order-statistics theory beside them
 * ({@link brokerlab.protocol.theory}), logical clocks ({@link brokerlab.protocol.clock}) and consistent hashing
 * ({@link brokerlab.protocol.hashing}). All times are in milliseconds; client rates and throughput in operations
 * per second. Each run owns its simulator and its random streams (NETWORK for delays and loss, FAILURES for
 * timers and votes, ARRIVALS for clients), so a replication's numbers do not depend on threads.
 *
 * <pre>{@code
 * var r = ProtocolExperiment.of(Protocol.RAFT, Topology.THREE_ZONES).nodes(5).clientRate(200).run();
 * System.out.println(r.summary());   // raft on three availability zones, n=5: commit 1.84 ms (theory 1.83) ...
 * }</pre>
 */
package brokerlab.protocol;
