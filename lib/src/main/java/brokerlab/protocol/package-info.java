/**
 * What consistency costs: message-level models of Raft, Multi-Paxos, PBFT, two-phase commit and primary-backup
 * replication on a simulated network ({@link brokerlab.protocol.net}), with order-statistics theory beside them
 * ({@link brokerlab.protocol.theory}), logical clocks ({@link brokerlab.protocol.clock}) and consistent hashing
 * ({@link brokerlab.protocol.hashing}).
 *
 * <p>This package holds what every protocol shares: the {@link brokerlab.protocol.ProtocolModel} contract (a
 * {@link brokerlab.experiment.Model} whose outcome is a {@link brokerlab.protocol.ProtocolRun}), the common
 * {@link brokerlab.protocol.ProtocolSettings} and {@link brokerlab.protocol.Timeouts}, and the run skeleton
 * ({@link brokerlab.protocol.Cluster}: client, retries, measured window, tally). Each protocol lives in its own
 * subpackage and depends only on this one; the notebook builder that names them all lives in
 * {@link brokerlab.protocol.experiment}, so no package depends on a package that depends on it.
 *
 * <p>All times are in milliseconds; client rates and throughput in operations per second. Each run owns its
 * simulator and its random streams (NETWORK for delays and loss, FAILURES for timers and votes, ARRIVALS for
 * clients), so a replication's numbers do not depend on threads.
 * <pre>{@code
 * var raft = new Raft(ProtocolSettings.of(Topology.THREE_ZONES, 5, Raft.defaultTimeouts(Topology.THREE_ZONES)));
 * Estimates<ProtocolRun> e = Experiment.of(raft).replications(10).seed(42).run();
 * e.get(ProtocolRun.MEAN_RESPONSE);     // client-visible, the client-to-leader hop included
 * }</pre>
 */
package brokerlab.protocol;
