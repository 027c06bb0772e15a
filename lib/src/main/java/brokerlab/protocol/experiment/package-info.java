/**
 * Protocol experiments for notebooks and the command line: {@link brokerlab.protocol.experiment.Protocol} names
 * every protocol model with its default size and timers, and {@link brokerlab.protocol.experiment.ProtocolExperiment}
 * is a fluent builder of a model and of the {@link brokerlab.experiment.Experiment} that replicates it.
 * <pre>{@code
 * var e = ProtocolExperiment.of(Protocol.RAFT, Topology.THREE_ZONES).nodes(5).clientRate(200).seed(42).run();
 * e.get(ProtocolRun.MEAN_RESPONSE);   // client-visible response, with its 95% interval
 * e.table();                          // every metric, one row each
 * }</pre>
 */
package brokerlab.protocol.experiment;
