/**
 * A Dynamo-style quorum store (DeCandia et al., "Dynamo: Amazon's highly available key-value store", SOSP 2007)
 * on the simulated network: keys on a consistent-hash ring, N replicas per key, R and W quorums, sloppy quorums
 * with hinted handoff, read repair, and last-writer-wins or vector-clock versions with siblings
 * ({@link brokerlab.protocol.quorum.QuorumConfig}, {@link brokerlab.protocol.quorum.QuorumCluster}). Clients run
 * next to the servers, record their history, and a run ({@link brokerlab.protocol.quorum.QuorumScenario#run}) is
 * judged from their side: availability within the client timeout, latency, stale reads, linearizability per key,
 * lost writes and siblings ({@link brokerlab.protocol.quorum.QuorumRun}); {@link brokerlab.protocol.quorum.QuorumSweep}
 * tabulates them over (N, R, W) and scenarios.
 *
 * <p>What the theory claims, and the tests check: with R + W &gt; N, strict quorums and a single writer per key,
 * no read returns a value overwritten before it began (even with message loss); with no faults and no concurrent
 * operations, histories are linearizable. Dynamo quorums are not linearizable in general even with R + W &gt; N:
 * read repair is asynchronous (new-old inversions), a failed write may be partly stored, sloppy quorums write
 * outside the home replicas, and last-writer-wins trusts clocks.
 *
 * <pre>{@code
 * var s = QuorumScenario.of("partition", QuorumWorkload.of(5, 3, 3000)).faults(FaultPlan.none().partition(1000, 2000, 0, 1));
 * System.out.println(s.run(QuorumConfig.of(5, 3, 2, 2).sloppy(true), 42, 0).summary());
 * }</pre>
 */
package brokerlab.protocol.quorum;
