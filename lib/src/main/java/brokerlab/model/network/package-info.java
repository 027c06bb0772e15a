/**
 * Open queueing networks of multi-server FCFS stations: external arrivals into an entry station, probabilistic
 * routing with feedback (retransmission), finite buffers that reject, server breakdowns with preemptive-resume,
 * and staircase arrival schedules for load tests. {@link brokerlab.model.network.QueueingNetwork} validates the
 * model (traffic equations, stability per station) and is the {@link brokerlab.experiment.Model}: one replication
 * runs on the primitive event core and returns a {@link brokerlab.model.network.NetworkRun} with end-to-end
 * response percentiles, the Little's-law and flow-conservation checks, and per-station results.
 * {@link brokerlab.model.network.Li2015} is the base paper's sender-broker model with its exact Jackson solution.
 *
 * <p>Thread contract: a network is immutable and may be shared; each run owns its simulator and random streams,
 * so replications run in parallel and give the same numbers whatever the thread count.
 *
 * <pre>{@code
 * QueueingNetwork net = Li2015.network(30.3, 10, 4, 10, 4, 0.12);     // lambda, mu1, n1, mu2, n2, p
 * double exact = Li2015.meanDeliveryTime(30.3, 10, 4, 10, 4, 0.12);  // 0.4124
 * Estimates<NetworkRun> e = net.simulate().time(20, 800).replications(16).seed(42).run();
 * e.get(Metric.MEAN_RESPONSE);                                        // covers 0.4124
 * e.get(Metric.P99_RESPONSE);
 * }</pre>
 */
package brokerlab.model.network;
