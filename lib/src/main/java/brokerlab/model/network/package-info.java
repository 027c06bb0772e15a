/**
 * Open queueing networks of multi-server FCFS stations: external arrivals into an entry station, probabilistic
 * routing with feedback (retransmission), finite buffers that reject, server breakdowns with preemptive-resume,
 * and staircase arrival schedules for load tests. {@link brokerlab.model.network.Network} validates the model
 * (traffic equations, stability per station); {@link brokerlab.model.network.NetworkSimulation} runs one
 * replication on the primitive event core and returns a {@link brokerlab.model.network.NetworkResult} with
 * per-station statistics, end-to-end response percentiles and the Little's-law and flow-conservation checks.
 * {@link brokerlab.model.network.Li2015} is the base paper's sender-broker model with its exact Jackson solution.
 *
 * <p>Thread contract: a network is immutable and may be shared; each run owns its simulator and random streams,
 * so replications run in parallel and give the same numbers whatever the thread count.
 *
 * <pre>{@code
 * Network net = Li2015.network(30.3, 10, 4, 10, 4, 0.12);             // lambda, mu1, n1, mu2, n2, p
 * double exact = Li2015.meanDeliveryTime(30.3, 10, 4, 10, 4, 0.12);  // 0.4124
 * List<NetworkResult> runs = Replications.run(16, r -> NetworkSimulation.run(net, RunLength.of(20, 800), 42, r));
 * ConfidenceInterval ci = Replications.ci95(runs, NetworkResult::meanResponse);   // covers 0.4124
 * double p99 = runs.get(0).p99();
 * }</pre>
 */
package brokerlab.model.network;
