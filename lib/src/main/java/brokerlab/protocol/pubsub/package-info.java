/**
 * Fault-tolerant publish/subscribe: one topic on a primary-backup broker whose primary a ZooKeeper-style ensemble
 * of 3 or 5 servers appoints (its own leader election, broker sessions with timeouts), a producer and subscribers
 * that follow the primary across failovers, and a fencing rule (broker epochs, a primary lease, conditional
 * in-sync-set changes) that keeps a deposed primary from acknowledging, and an idempotent producer (a broker stores
 * a message once whatever its retries). {@link brokerlab.protocol.pubsub.PubSub} is
 * the {@link brokerlab.experiment.Model}; {@link brokerlab.protocol.pubsub.PubSubRun} reports what the subscribers
 * saw (failover time, messages lost, duplicated, reordered) beside the producer's figures;
 * {@link brokerlab.protocol.pubsub.PubSubMutants} is its planted-bug suite.
 * <pre>{@code
 * var m = PubSub.defaults().synchronous(false)
 *         .fault(FailoverFault.of(FailoverFault.Kind.PRIMARY_CRASH, 1000, Double.POSITIVE_INFINITY));
 * Experiment.of(m).replications(10).seed(42).run().get(PubSubRun.LOST_IN_LOG);   // counted, not hidden
 * }</pre>
 */
package brokerlab.protocol.pubsub;
