/**
 * Theory beside the protocol simulations: commit latency as order statistics of replica round trips computed on a
 * lattice from the link-delay CDFs ({@link brokerlab.protocol.theory.GridDistribution},
 * {@link brokerlab.protocol.theory.CommitLatency}), Raft election timing and competing-candidate probability
 * ({@link brokerlab.protocol.theory.ElectionTime}), and closed-form messages per operation
 * ({@link brokerlab.protocol.theory.MessageCounts}). Each formula states the model it assumes; the simulations'
 * tests check the failure-free numbers against it.
 *
 * <pre>{@code
 * double h = CommitLatency.defaultStep(Topology.THREE_ZONES, NodeConfig.defaults());
 * CommitLatency.majorityQuorum(Topology.THREE_ZONES, 5, 0, NodeConfig.defaults(), h).mean();   // about 1.8 ms
 * }</pre>
 */
package brokerlab.protocol.theory;
